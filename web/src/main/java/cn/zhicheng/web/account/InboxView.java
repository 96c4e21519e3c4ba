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
import cn.zhicheng.application.account.InboxEntry;
import cn.zhicheng.application.account.MessageService;

/** 消息中心: the caller's messages, newest first, paged in the database; 标为已读, 全部已读, 短信提醒. */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient MessageService messages;

    private boolean sms;
    private LazyDataModel<InboxEntry> model;

    @PostConstruct
    void init() {
        sms = messages.smsOptIn();
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) messages.list(0, 1).total();
            }

            @Override
            public List<InboxEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
                Page<InboxEntry> page = messages.list(first, pageSize);
                setRowCount((int) page.total());
                return page.rows();
            }

            @Override
            public String getRowKey(InboxEntry row) {
                return String.valueOf(row.id());
            }

            @Override
            public InboxEntry getRowData(String rowKey) {
                return null;
            }
        };
    }

    public void markRead(long id) {
        messages.markRead(id);
    }

    public void markAllRead() {
        messages.markAllRead();
    }

    public void saveSms() {
        messages.chooseSms(sms);
    }

    public LazyDataModel<InboxEntry> getModel() {
        return model;
    }

    public boolean isSms() {
        return sms;
    }

    public void setSms(boolean sms) {
        this.sms = sms;
    }
}
