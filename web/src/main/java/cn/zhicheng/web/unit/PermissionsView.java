package cn.zhicheng.web.unit;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import cn.zhicheng.application.InitialPassword;
import cn.zhicheng.application.NewHandler;
import cn.zhicheng.application.Page;
import cn.zhicheng.application.UnitAccountService;
import cn.zhicheng.application.UnitUser;
import cn.zhicheng.domain.model.party.BusinessItem;
import cn.zhicheng.domain.model.party.UnitMenu;
import cn.zhicheng.domain.model.party.UnitRefusedException;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.web.shell.LocaleView;

/**
 * 权限管理 (manual 1.4.3): the unit's accounts (用户名, 姓名, 身份证号, 用户身份, 状态, 授权), 新增经办人 with a one-time
 * initial password shown once, 停用 / 启用, 重置密码, and 授权 per handler in a dialog with the manual's two tabs,
 * 业务授权 (the business-item tree) and 功能菜单授权. Every change is the service's (admin only, own unit).
 */
@Named
@ViewScoped
public class PermissionsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String NEW_FORM = "new-handler-form:";

    @Inject
    UnitAccountService accounts;

    @Inject
    LocaleView localeView;

    private final Model model = new Model();
    private String refused;

    private String username;
    private String name;
    private String idNumber;
    /** The password to show once; forgotten when its dialog closes. */
    private InitialPassword shown;

    private Long granting;
    private String grantingName;
    private final Map<String, Boolean> items = new HashMap<>();
    /** The ticked menus by name (a select of plain strings needs no converter). */
    private List<String> menus = new ArrayList<>();

    @PostConstruct
    void init() {
        try {
            accounts.users(0, 1);
        } catch (BusinessException e) {
            refused = e.message(localeView.getLocale());
        }
    }

    public void newHandler() {
        username = null;
        name = null;
        idNumber = null;
    }

    /** 保存 of 新增经办人: on success the dialog closes and the password dialog opens (args.created). */
    public void create() {
        try {
            shown = accounts.createHandler(new NewHandler(username, name, idNumber));
            PrimeFaces.current().ajax().addCallbackParam("created", true);
        } catch (UnitRefusedException e) {
            String field = e.field() == null ? null : NEW_FORM + switch (e.field()) {
                case "username" -> "new-username";
                case "name" -> "new-name";
                default -> "new-id-number";
            };
            Refusals.show(field, e, localeView.getLocale());
        } catch (BusinessException e) {
            Refusals.show(null, e, localeView.getLocale());
        }
    }

    public void resetPassword(long accountId) {
        try {
            shown = accounts.resetPassword(accountId);
        } catch (BusinessException e) {
            Refusals.show(null, e, localeView.getLocale());
        }
    }

    public void forgetPassword() {
        shown = null;
    }

    public void setEnabled(long accountId, boolean enabled) {
        try {
            accounts.setEnabled(accountId, enabled);
            Refusals.info(localeView.bundle().getString(enabled ? "permissions.enabled" : "permissions.disabled"));
        } catch (BusinessException e) {
            Refusals.show(null, e, localeView.getLocale());
        }
    }

    /** 授权: loads the handler's grants into the dialog. */
    public void openGrants(UnitUser user) {
        granting = user.id();
        grantingName = user.name() + "（" + user.username() + "）";
        items.clear();
        for (BusinessItem item : BusinessItem.values()) {
            if (item.isLive()) {
                items.put(item.code(), user.businessItems().contains(item.code()));
            }
        }
        menus = user.menus().stream().map(UnitMenu::name).collect(Collectors.toCollection(ArrayList::new));
    }

    public void saveGrants() {
        if (granting == null) {
            return;
        }
        Set<String> codes = items.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        try {
            Set<UnitMenu> chosen = EnumSet.noneOf(UnitMenu.class);
            menus.forEach(m -> chosen.add(UnitMenu.valueOf(m)));
            accounts.grant(granting, codes, chosen);
            Refusals.info(localeView.bundle().getString("permissions.granted"));
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            granting = null;
        } catch (BusinessException e) {
            Refusals.show(null, e, localeView.getLocale());
        }
    }

    /** The business-item tree as indented lines (the manual's tree; only live items can be ticked). */
    public List<TreeLine> getItemTree() {
        List<TreeLine> lines = new ArrayList<>();
        for (BusinessItem root : BusinessItem.roots()) {
            add(root, 0, lines);
        }
        return lines;
    }

    private static void add(BusinessItem item, int depth, List<TreeLine> lines) {
        lines.add(new TreeLine(item, depth));
        item.children().forEach(c -> add(c, depth + 1, lines));
    }

    /** 授权 column: what a handler holds, or 全部 for the admin. */
    public String grantsOf(UnitUser user) {
        if (!user.isHandler()) {
            return localeView.bundle().getString("permissions.grants.all");
        }
        List<String> shownLabels = new ArrayList<>();
        for (BusinessItem item : BusinessItem.values()) {
            if (item.isLive() && user.businessItems().contains(item.code())) {
                shownLabels.add(itemLabel(item));
            }
        }
        for (UnitMenu m : UnitMenu.values()) {
            if (user.menus().contains(m)) {
                shownLabels.add(menuLabel(m));
            }
        }
        return shownLabels.isEmpty() ? localeView.bundle().getString("permissions.grants.none")
                : String.join(localeView.isChinese() ? "、" : ", ", shownLabels);
    }

    public String itemLabel(BusinessItem item) {
        return localeView.bundle().getString("grants.item." + item.name());
    }

    public String menuLabel(UnitMenu menu) {
        return localeView.bundle().getString("grants.menu." + menu.name());
    }

    public List<UnitMenu> getAllMenus() {
        return List.of(UnitMenu.values());
    }

    public LazyDataModel<UnitUser> getModel() {
        return model;
    }

    public String getRefused() {
        return refused;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public InitialPassword getShown() {
        return shown;
    }

    public String getGrantingName() {
        return grantingName;
    }

    public Map<String, Boolean> getItems() {
        return items;
    }

    public List<String> getMenus() {
        return menus;
    }

    public void setMenus(List<String> menus) {
        this.menus = menus == null ? new ArrayList<>() : new ArrayList<>(menus);
    }

    /** One line of the business-item tree (a JavaBean for the page). */
    public static final class TreeLine implements Serializable {

        private static final long serialVersionUID = 1L;
        private final BusinessItem item;
        private final int depth;

        TreeLine(BusinessItem item, int depth) {
            this.item = item;
            this.depth = depth;
        }

        public BusinessItem getItem() {
            return item;
        }

        public int getDepth() {
            return depth;
        }

        public boolean isLive() {
            return item.isLive();
        }

        public boolean isGroup() {
            return !item.children().isEmpty();
        }

        public String getCode() {
            return item.code();
        }
    }

    private class Model extends LazyDataModel<UnitUser> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) accounts.users(0, 1).total();
        }

        @Override
        public List<UnitUser> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<UnitUser> page = accounts.users(first, pageSize);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(UnitUser row) {
            return String.valueOf(row.id());
        }

        @Override
        public UnitUser getRowData(String rowKey) {
            List<UnitUser> rows = getWrappedData();
            return rows == null ? null : rows.stream().filter(r -> String.valueOf(r.id()).equals(rowKey))
                    .findFirst().orElse(null);
        }
    }
}
