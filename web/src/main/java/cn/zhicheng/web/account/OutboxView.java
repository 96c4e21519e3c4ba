package cn.zhicheng.web.account;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import cn.zhicheng.application.Page;
import cn.zhicheng.application.account.NotificationService;
import cn.zhicheng.application.account.OutboxEntry;

/** 系统管理 › 消息发件箱: what the SMS / e-mail simulator sent, newest first, paged in the database. */
@Named
@ViewScoped
public class OutboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient NotificationService notifications;

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
