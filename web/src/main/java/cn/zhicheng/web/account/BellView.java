package cn.zhicheng.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.account.MessageService;
import cn.zhicheng.web.shell.SessionUser;

/** The bell in the shell's header: the caller's unread count, read once per request. */
@Named
@RequestScoped
public class BellView {

    @EJB
    MessageService messages;

    @Inject
    SessionUser sessionUser;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = sessionUser.isLoggedIn() ? messages.unreadCount() : 0L;
        }
        return unread;
    }
}
