package cn.zhicheng.web.account;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

import cn.zhicheng.application.Page;
import cn.zhicheng.application.account.NotificationService;
import cn.zhicheng.application.account.OutboxEntry;
import cn.zhicheng.application.export.UnitColumns;
import cn.zhicheng.web.common.Exports;
import cn.zhicheng.web.shell.LocaleView;

/** 系统管理 › 消息发件箱: what the SMS / e-mail simulator sent, newest first, paged in the database. */
@Named
@ViewScoped
public class OutboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient NotificationService notifications;

    @Inject
    LocaleView localeView;

    private String recipient;
    private LazyDataModel<OutboxEntry> model;

    @PostConstruct
    void init() {
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) notifications.outbox(recipient, 0, 1).total();
            }

            @Override
            public List<OutboxEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                          Map<String, FilterMeta> filterBy) {
                Page<OutboxEntry> page = notifications.outbox(recipient, first, pageSize);
                setRowCount((int) page.total());
                return page.rows();
            }

            @Override
            public String getRowKey(OutboxEntry row) {
                return String.valueOf(row.id());
            }

            @Override
            public OutboxEntry getRowData(String rowKey) {
                return null;
            }
        };
    }

    public void search() {
        // the model reads the filter at its next load
    }

    /** 导出Excel: the outbox as searched (接收方), every page, the screen's columns. */
    public StreamedContent getExport() {
        String shown = recipient;
        return Exports.xlsx(localeView.bundle().getString("outbox.title"), UnitColumns.OUTBOX,
                Exports.pages((after, max) -> notifications.outboxAfter(shown, after, max), OutboxEntry::id));
    }

    public LazyDataModel<OutboxEntry> getModel() {
        return model;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }
}
