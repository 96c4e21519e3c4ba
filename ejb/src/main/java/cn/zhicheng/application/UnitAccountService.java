package cn.zhicheng.application;

import java.util.Set;

import jakarta.ejb.Local;

import cn.zhicheng.domain.model.party.UnitMenu;

/**
 * 权限管理 (manual 1.4.3, SPEC §5): the unit admin's own unit's accounts. The admin lists them, creates handlers with a
 * one-time initial password, disables and enables them, resets a password, and grants or revokes business items
 * (业务授权) and menus (功能菜单授权) per handler. Everything but {@link #myAccess()} is the unit admin's only, on
 * the admin's own unit; another unit's account is answered as not found.
 */
@Local
public interface UnitAccountService {

    /** The caller's own business items and menus (UNIT_ADMIN, UNIT_HANDLER). */
    UnitAccess myAccess();

    /** The unit's accounts, the admin first, then by user name; paged in the database. */
    Page<UnitUser> users(int first, int pageSize);

    /** Creates a handler of the admin's unit with a generated initial password, returned once. */
    InitialPassword createHandler(NewHandler handler);

    /** A fresh initial password for a handler of the unit (shown once; to be changed at the next login). */
    InitialPassword resetPassword(long accountId);

    /** 停用 / 启用 a handler of the unit. */
    void setEnabled(long accountId, boolean enabled);

    /**
     * Replaces a handler's grants: business-item codes (only items this product handles, {@code 003}) and menus.
     * Returns the handler as it is now.
     */
    UnitUser grant(long accountId, Set<String> businessItems, Set<UnitMenu> menus);
}
