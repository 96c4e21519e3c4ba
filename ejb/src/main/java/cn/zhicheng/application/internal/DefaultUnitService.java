package cn.zhicheng.application.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.application.UnitContact;
import cn.zhicheng.application.UnitInfo;
import cn.zhicheng.application.UnitItems;
import cn.zhicheng.application.UnitItemsFilter;
import cn.zhicheng.application.UnitService;
import cn.zhicheng.domain.model.application.Actor;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.model.party.Unit;
import cn.zhicheng.domain.model.party.UnitMenu;
import cn.zhicheng.domain.model.party.UnitRefusedException;
import cn.zhicheng.domain.shared.MessageKey;

/** 单位信息 and 单位事项 of the caller's own unit; a handler needs the menu (checked by {@link UnitGrants}). */
@Stateless
@RolesAllowed({Role.UNIT_ADMIN_NAME, Role.UNIT_HANDLER_NAME})
public class DefaultUnitService implements UnitService {

    private static final Pattern PHONE = Pattern.compile("[0-9+() -]{5,30}((转|-|ext\\.?)[0-9]{1,6})?");
    private static final Pattern POSTCODE = Pattern.compile("[0-9]{6}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    UnitGrants grants;

    @Inject
    VisibleApplications visible;

    @Inject
    Clock clock;

    @Override
    public UnitInfo info() {
        Actor actor = currentActor.get();
        grants.requireMenu(actor, UnitMenu.INFO, "unit info");
        return infoOf(em.find(Unit.class, actor.unitId()));
    }

    @Override
    public UnitInfo updateContact(UnitContact contact) {
        Actor actor = currentActor.get();
        grants.requireAdmin(actor, UnitMenu.INFO.label(), "update unit contact");
        String name = text(contact.getContactName(), "contactName", "联系人", 50, true);
        String phone = text(contact.getContactPhone(), "contactPhone", "联系电话", 50, true);
        checkPhone(phone, "contactPhone", "联系电话");
        String fax = text(contact.getFax(), "fax", "传真", 50, false);
        if (fax != null) {
            checkPhone(fax, "fax", "传真");
        }
        String address = text(contact.getAddress(), "address", "地址", 300, true);
        String postcode = text(contact.getPostcode(), "postcode", "邮编", 10, false);
        if (postcode != null && !POSTCODE.matcher(postcode).matches()) {
            throw UnitRefusedException.onField("postcode", MessageKey.CONTACT_POSTCODE_INVALID);
        }
        String email = text(contact.getEmail(), "email", "电子邮箱", 100, false);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw UnitRefusedException.onField("email", MessageKey.CONTACT_EMAIL_INVALID);
        }
        Unit unit = em.find(Unit.class, actor.unitId(), LockModeType.PESSIMISTIC_WRITE);
        unit.updateContact(name, phone, fax, address, postcode, email, actor.username(), LocalDateTime.now(clock));
        em.flush();
        return infoOf(unit);
    }

    @Override
    public UnitItems items(UnitItemsFilter filter, int first, int pageSize) {
        Actor actor = currentActor.get();
        grants.requireMenu(actor, UnitMenu.ITEMS, "unit items");
        return visible.unitItems(actor, filter == null ? UnitItemsFilter.all() : filter, first, pageSize);
    }

    @Override
    public java.util.List<cn.zhicheng.application.ApplicationSummary> itemsAfter(UnitItemsFilter filter, Long afterId,
                                                                              int max) {
        Actor actor = currentActor.get();
        grants.requireMenu(actor, UnitMenu.ITEMS, "unit items");
        return visible.unitItemsAfter(actor, filter == null ? UnitItemsFilter.all() : filter, afterId, max);
    }

    private UnitInfo infoOf(Unit unit) {
        long personnel = em.createQuery("SELECT COUNT(p) FROM UnitPerson p WHERE p.unit = :u", Long.class)
                .setParameter("u", unit).getSingleResult();
        long accounts = em.createQuery("SELECT COUNT(a) FROM UserAccount a WHERE a.unit = :u", Long.class)
                .setParameter("u", unit).getSingleResult();
        return new UnitInfo(unit.getName(), unit.getOrgCode(), new UnitContact(unit.getContactName(),
                unit.getContactPhone(), unit.getFax(), unit.getAddress(), unit.getPostcode(), unit.getEmail()),
                unit.getContactUpdatedBy(), unit.getContactUpdatedAt(), personnel, accounts);
    }

    /** The stripped value (null when blank), refused when required and blank or longer than the column. */
    private static String text(String value, String field, String label, int max, boolean required) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            if (required) {
                throw UnitRefusedException.onField(field, MessageKey.CONTACT_REQUIRED, label);
            }
            return null;
        }
        if (v.codePointCount(0, v.length()) > max) {
            throw UnitRefusedException.onField(field, MessageKey.CONTACT_TOO_LONG, label, max);
        }
        return v;
    }

    private static void checkPhone(String value, String field, String label) {
        if (!PHONE.matcher(value).matches() || value.chars().filter(Character::isDigit).count() < 5) {
            throw UnitRefusedException.onField(field, MessageKey.CONTACT_PHONE_INVALID, label);
        }
    }
}
