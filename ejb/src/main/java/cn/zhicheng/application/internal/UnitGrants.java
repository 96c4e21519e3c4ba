package cn.zhicheng.application.internal;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.domain.model.application.Actor;
import cn.zhicheng.domain.model.audit.SecurityEvent;
import cn.zhicheng.domain.model.party.BusinessItem;
import cn.zhicheng.domain.model.party.HandlerGrant;
import cn.zhicheng.domain.model.party.NotGrantedException;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.model.party.UnitMenu;
import cn.zhicheng.domain.shared.MessageKey;
import cn.zhicheng.infrastructure.security.SecurityAudit;

/**
 * What a unit admin granted a handler, checked by the services (manual 1.4.3): a business item (业务授权) for every
 * service about the item's applications (work list, 查看, 进度, the form, 单位审核, 公示结果), a menu (功能菜单授权) for
 * 单位信息, 单位事项 and 人员管理, and the admin's own functions (权限管理, editing 单位信息). A unit admin holds
 * everything; other roles are not concerned (their services' roles and scope decide). A refusal is recorded as
 * {@code ACTION_REFUSED} (in its own transaction) and thrown as {@link NotGrantedException}.
 */
@Dependent
public class UnitGrants {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    SecurityAudit audit;

    /** A handler must hold the business item ({@code 003}: 资格评审); {@code what} names the request for the record. */
    public void requireItem(Actor actor, String itemCode, String what) {
        if (actor.role() == Role.UNIT_HANDLER && !actor.holdsGrant(itemCode)) {
            String label = BusinessItem.ofCode(itemCode).map(BusinessItem::label).orElse(itemCode);
            throw refused(actor, new NotGrantedException(MessageKey.NOT_GRANTED_ITEM, label), what);
        }
    }

    /** A handler must hold the menu. */
    public void requireMenu(Actor actor, UnitMenu menu, String what) {
        if (actor.role() == Role.UNIT_HANDLER && !menus(actor.username()).contains(menu)) {
            throw refused(actor, new NotGrantedException(MessageKey.NOT_GRANTED_MENU, menu.label()), what);
        }
    }

    /** Only the unit admin ({@code function}: the function's label, for the message). */
    public void requireAdmin(Actor actor, String function, String what) {
        if (actor.role() != Role.UNIT_ADMIN) {
            throw refused(actor, new NotGrantedException(MessageKey.UNIT_ADMIN_ONLY, function), what);
        }
    }

    /** The menus granted to an account (by user name). */
    public Set<UnitMenu> menus(String username) {
        Set<UnitMenu> menus = EnumSet.noneOf(UnitMenu.class);
        for (String code : em.createQuery("SELECT g.code FROM HandlerGrant g WHERE g.account.username = :name "
                        + "AND g.kind = :kind", String.class)
                .setParameter("name", username).setParameter("kind", HandlerGrant.Kind.MENU).getResultList()) {
            // a code no menu has any more grants nothing
            for (UnitMenu m : UnitMenu.values()) {
                if (m.name().equals(code)) {
                    menus.add(m);
                }
            }
        }
        return menus;
    }

    /** The business-item codes granted to an account (by user name). */
    public Set<String> items(String username) {
        return new HashSet<>(em.createQuery("SELECT g.code FROM HandlerGrant g WHERE g.account.username = :name "
                        + "AND g.kind = :kind", String.class)
                .setParameter("name", username).setParameter("kind", HandlerGrant.Kind.BUSINESS_ITEM).getResultList());
    }

    private NotGrantedException refused(Actor actor, NotGrantedException refusal, String what) {
        audit.record(actor.username(), SecurityEvent.Type.ACTION_REFUSED, null, refusal.code() + " " + what + ": "
                + refusal.getMessage());
        return refusal;
    }
}
