package cn.zhicheng.web.admin;

import cn.zhicheng.application.CatalogueChoice;
import cn.zhicheng.application.admin.AccountAdminService;
import cn.zhicheng.application.admin.AccountEventView;
import cn.zhicheng.application.admin.AccountFilter;
import cn.zhicheng.application.admin.AccountIssued;
import cn.zhicheng.application.admin.AccountRefusedException;
import cn.zhicheng.application.admin.AccountView;
import cn.zhicheng.application.admin.NewAccountForm;
import cn.zhicheng.application.export.ExportColumn;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.web.common.Exports;
import cn.zhicheng.web.shell.LocaleView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * 账户管理 (SYS_ADMIN): search (user name or name, role, state) over a list paged in the database; 新增账户 for office,
 * bureau, expert and unit admin accounts; per row 停用 / 启用, 解锁, 重置密码 (the initial password is shown once) and
 * 操作记录 (the account's recorded changes).
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AccountAdminService accounts;

    @Inject
    LocaleView localeView;

    private String text;
    private Role role;
    private AccountFilter.State state;
    private AccountFilter filter = AccountFilter.none();
    private PagedModel<AccountView> model;

    private NewAccountForm form = new NewAccountForm();
    private AccountIssued issued;
    private String eventsOf;
    private List<AccountEventView> events = List.of();
    private List<CatalogueChoice> units;
    private List<CatalogueChoice> offices;
    private List<CatalogueChoice> committees;

    @PostConstruct
    void init() {
        model = new PagedModel<>((first, size) -> accounts.accounts(filter, first, size), AccountView::id);
    }

    public void search() {
        filter = new AccountFilter(text, role, state);
    }

    public void reset() {
        text = null;
        role = null;
        state = null;
        filter = AccountFilter.none();
    }

    public void newAccount() {
        form = new NewAccountForm();
        form.setRole(Role.OFFICE);
        issued = null;
        if (units == null) {
            units = accounts.units();
            offices = accounts.offices();
            committees = accounts.committees();
        }
    }

    public void create() {
        try {
            issued = accounts.create(form);
            Messages.info(text("accounts.created"), issued.username());
        } catch (AccountRefusedException refused) {
            Messages.refused("accounts:new-" + (refused.field() == null ? "messages" : refused.field()), refused,
                    localeView.getLocale());
        } catch (BusinessException refused) {
            Messages.refused("accounts:new-messages", refused, localeView.getLocale());
        }
    }

    public void disable(long id) {
        act(() -> accounts.disable(id), "accounts.disabled");
    }

    public void enable(long id) {
        act(() -> accounts.enable(id), "accounts.enabled");
    }

    public void unlock(long id) {
        act(() -> accounts.unlock(id), "accounts.unlocked");
    }

    public void resetPassword(long id) {
        try {
            issued = accounts.resetPassword(id);
            Messages.info(text("accounts.passwordReset"), issued.username());
        } catch (BusinessException refused) {
            Messages.refused(null, refused, localeView.getLocale());
            issued = null;
        }
    }

    public void showEvents(AccountView row) {
        eventsOf = row.username();
        events = accounts.events(row.id());
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Messages.info(text(doneKey));
        } catch (BusinessException refused) {
            Messages.refused(null, refused, localeView.getLocale());
        }
    }

    public String roleLabel(Role r) {
        return r == null ? "" : localeView.bundle().getString("role." + r.name());
    }

    public String eventLabel(String type) {
        String key = "accounts.event." + type;
        return localeView.bundle().containsKey(key) ? localeView.bundle().getString(key) : type;
    }

    public StreamedContent getExport() {
        AccountFilter shown = filter;
        List<ExportColumn<AccountView>> columns = List.of(
                ExportColumn.of("用户名", AccountView::username, 18),
                ExportColumn.of("姓名/名称", AccountView::displayName, 24),
                ExportColumn.of("角色", v -> v.role().label(), 14),
                ExportColumn.of("所属", AccountView::scope, 36),
                ExportColumn.of("状态", v -> v.enabled() ? "正常" : "已停用", 8),
                ExportColumn.of("锁定至", AccountView::lockedUntil, 18),
                ExportColumn.of("最近登录", AccountView::lastLoginAt, 18),
                ExportColumn.of("创建时间", AccountView::createdAt, 18));
        return Exports.xlsx(text("accounts.title"), columns,
                Exports.pages((after, max) -> accounts.accountsAfter(shown, after, max), AccountView::id));
    }

    private String text(String key) {
        return localeView.bundle().getString(key);
    }

    public List<Role> getRoles() {
        return List.of(Role.INDIVIDUAL, Role.UNIT_ADMIN, Role.UNIT_HANDLER, Role.OFFICE, Role.EXPERT, Role.BUREAU,
                Role.SYS_ADMIN);
    }

    public List<Role> getCreatableRoles() {
        return accounts.creatableRoles();
    }

    public List<AccountFilter.State> getStates() {
        return List.of(AccountFilter.State.values());
    }

    public PagedModel<AccountView> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public AccountFilter.State getState() {
        return state;
    }

    public void setState(AccountFilter.State state) {
        this.state = state;
    }

    public NewAccountForm getForm() {
        return form;
    }

    public AccountIssued getIssued() {
        return issued;
    }

    public String getEventsOf() {
        return eventsOf;
    }

    public List<AccountEventView> getEvents() {
        return events;
    }

    public List<CatalogueChoice> getUnits() {
        return units;
    }

    public List<CatalogueChoice> getOffices() {
        return offices;
    }

    public List<CatalogueChoice> getCommittees() {
        return committees;
    }
}
