package cn.zhicheng.web.account;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import cn.zhicheng.application.Page;
import cn.zhicheng.application.ProfileRefusedException;
import cn.zhicheng.application.account.InboxEntry;
import cn.zhicheng.application.account.MessageService;
import cn.zhicheng.web.shell.LocaleView;

/** 消息中心: the caller's messages, newest first, paged in the database; 标为已读, 全部已读, 短信提醒, 邮件提醒. */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient MessageService messages;

    @Inject
    LocaleView localeView;

    private boolean sms;
    private boolean email;
    private LazyDataModel<InboxEntry> model;

    @PostConstruct
    void init() {
        sms = messages.smsOptIn();
        email = messages.emailOptIn();
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

    /** 邮件提醒: refused without an 电子邮箱, the message next to the box and the box unticked again. */
    public void saveEmail() {
        try {
            messages.chooseEmail(email);
        } catch (ProfileRefusedException refused) {
            email = false;
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage("inbox:email", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    refused.message(localeView.getLocale()), null));
            faces.validationFailed();
        }
    }

    public boolean isEmail() {
        return email;
    }

    public void setEmail(boolean email) {
        this.email = email;
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
