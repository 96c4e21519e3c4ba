package cn.zhicheng.application.admin;

import cn.zhicheng.application.CatalogueChoice;
import cn.zhicheng.application.Page;
import cn.zhicheng.domain.model.party.Role;
import jakarta.ejb.Local;
import java.util.List;

/**
 * 账户管理 (SYS_ADMIN): list and search every account (paged in the database); create office staff, bureau staff,
 * experts and unit admins with an initial password (changed at the first login); disable, enable, unlock, reset the
 * password. Each change is recorded in {@code security_event} (the account's name, the admin in the detail) in the
 * change's transaction. The admin's own account cannot be disabled.
 */
@Local
public interface AccountAdminService {

    /** The roles an admin may create accounts of. */
    List<Role> creatableRoles();

    Page<AccountView> accounts(AccountFilter filter, int first, int pageSize);

    /** The export's keyset pages: accounts of the filter above an id, ascending, at most 1000. */
    List<AccountView> accountsAfter(AccountFilter filter, Long afterId, int max);

    AccountIssued create(NewAccountForm form);

    void disable(long accountId);

    void enable(long accountId);

    void unlock(long accountId);

    AccountIssued resetPassword(long accountId);

    /** The account's recorded changes and security events, newest first (at most 50). */
    List<AccountEventView> events(long accountId);

    /** Choices for a new account: units, offices, committees. */
    List<CatalogueChoice> units();

    List<CatalogueChoice> offices();

    List<CatalogueChoice> committees();
}
