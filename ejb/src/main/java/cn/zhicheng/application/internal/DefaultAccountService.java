package cn.zhicheng.application.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.application.account.AccountService;
import cn.zhicheng.application.account.ChallengeAnswer;
import cn.zhicheng.application.account.ChallengeService;
import cn.zhicheng.application.account.IndividualRegistration;
import cn.zhicheng.application.account.NotificationService;
import cn.zhicheng.application.account.PasswordReset;
import cn.zhicheng.application.account.UnitRegistration;
import cn.zhicheng.domain.model.account.AccountRefusal;
import cn.zhicheng.domain.model.account.OneTimeCode;
import cn.zhicheng.domain.model.audit.SecurityEvent;
import cn.zhicheng.domain.model.party.CreditCode;
import cn.zhicheng.domain.model.party.IdType;
import cn.zhicheng.domain.model.party.MobilePhone;
import cn.zhicheng.domain.model.party.PasswordPolicy;
import cn.zhicheng.domain.model.party.Person;
import cn.zhicheng.domain.model.party.ResidentId;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.model.party.Unit;
import cn.zhicheng.domain.model.party.UserAccount;
import cn.zhicheng.domain.model.party.Username;
import cn.zhicheng.domain.shared.MessageKey;
import cn.zhicheng.domain.shared.Messages;
import cn.zhicheng.infrastructure.security.PasswordHasher;
import cn.zhicheng.infrastructure.security.SecurityAudit;

/**
 * Registration and recovery. The rules are the platform's single ones ({@link Username}, {@link PasswordPolicy},
 * {@link ResidentId}, {@link CreditCode}, {@link MobilePhone}); codes go through {@link OneTimeCodes} and the
 * {@link NotificationService}. The recovery requests always create a code row (counted by the limits) and answer
 * the same text; only a matching account gets the message.
 */
@Stateless
public class DefaultAccountService implements AccountService {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    SecurityAudit audit;

    @Inject
    Clock clock;

    @EJB
    OneTimeCodes codes;

    @EJB
    ChallengeService challenges;

    @EJB
    NotificationService notifications;

    @Resource
    SessionContext session;

    @Override
    @PermitAll
    public String sendRegistrationCode(String phone, ChallengeAnswer challenge, String remoteAddress) {
        requireChallenge(challenge, remoteAddress);
        String number = phone(phone);
        String code = codes.issue(number, OneTimeCode.Purpose.REGISTER, null);
        notifications.sms(number, Messages.format(MessageKey.SMS_CODE, Messages.CHINESE, code));
        audit.record(null, SecurityEvent.Type.CODE_SENT, remoteAddress, "注册 " + MobilePhone.masked(number));
        return Messages.format(MessageKey.CODE_SENT, Messages.CHINESE, MobilePhone.masked(number));
    }

    @Override
    @PermitAll
    public String registerIndividual(IndividualRegistration r, String remoteAddress) {
        String name = required(r.name(), 50, "name", MessageKey.REG_NAME_REQUIRED);
        String id = residentId(r.idNumber(), "idNumber");
        String phone = phone(r.phone());
        String username = newUsername(r.username());
        String password = password(r.password(), r.confirmPassword(), username, id);
        List<Person> people = em.createQuery("SELECT p FROM Person p WHERE UPPER(p.idNumber) = :id", Person.class)
                .setParameter("id", id).getResultList();
        Person person = people.isEmpty() ? null : people.get(0);
        if (person != null && !em.createQuery("SELECT a.id FROM UserAccount a WHERE a.person = :p AND a.role = :r",
                Long.class).setParameter("p", person).setParameter("r", Role.INDIVIDUAL).getResultList().isEmpty()) {
            // told only after the phone is proven, and the holder of that ID is sent to 忘记用户名
            codes.require(phone, OneTimeCode.Purpose.REGISTER, null, r.code());
            throw new AccountRefusal("idNumber", MessageKey.REG_ID_TAKEN);
        }
        codes.require(phone, OneTimeCode.Purpose.REGISTER, null, r.code());
        LocalDateTime now = now();
        if (person == null) {
            person = new Person(name, IdType.RESIDENT_ID, id);
            em.persist(person);
        }
        person.updateContact(phone, person.getEmail());
        em.persist(UserAccount.registeredIndividual(username, person, phone, hasher.hash(password.toCharArray()), now));
        audit.record(username, SecurityEvent.Type.ACCOUNT_REGISTERED, remoteAddress, "个人注册 " + MobilePhone.masked(phone));
        return username;
    }

    @Override
    @PermitAll
    public String registerUnit(UnitRegistration r, String remoteAddress) {
        String unitName = required(r.unitName(), 200, "unitName", MessageKey.REG_UNIT_NAME_REQUIRED);
        String code = r.creditCode() == null ? "" : r.creditCode().strip().toUpperCase(Locale.ROOT);
        if (!CreditCode.isValid(code)) {
            throw new AccountRefusal("creditCode", MessageKey.REG_CREDIT_CODE_INVALID);
        }
        String address = required(r.address(), 300, "address", MessageKey.REG_ADDRESS_REQUIRED);
        String adminName = required(r.adminName(), 50, "adminName", MessageKey.REG_NAME_REQUIRED);
        String id = residentId(r.adminIdNumber(), "adminIdNumber");
        String phone = phone(r.phone());
        String username = newUsername(r.username());
        String password = password(r.password(), r.confirmPassword(), username, id);
        boolean taken = !em.createQuery("SELECT u.id FROM Unit u WHERE UPPER(u.orgCode) = :c", Long.class)
                .setParameter("c", code).getResultList().isEmpty();
        codes.require(phone, OneTimeCode.Purpose.REGISTER, null, r.code());
        if (taken) {
            throw new AccountRefusal("creditCode", MessageKey.REG_CREDIT_CODE_TAKEN);
        }
        Unit unit = new Unit(unitName, code);
        unit.describe(address, phone);
        em.persist(unit);
        em.persist(UserAccount.registeredUnitAdmin(username, unit, adminName, id, phone,
                hasher.hash(password.toCharArray()), now()));
        audit.record(username, SecurityEvent.Type.UNIT_REGISTERED, remoteAddress, "单位注册 " + code);
        return username;
    }

    @Override
    @PermitAll
    public String remindUsername(String idNumber, String phone, ChallengeAnswer challenge, String remoteAddress) {
        requireChallenge(challenge, remoteAddress);
        String id = residentId(idNumber, "idNumber");
        String number = phone(phone);
        // a row for the limits, never delivered: reminders are counted like codes
        codes.issue(number, OneTimeCode.Purpose.FORGOT_USERNAME, null);
        // enabled accounts only, filtered here: H2 cannot compare a boolean column with EclipseLink's bound 1
        List<String> names = em.createQuery("SELECT a FROM UserAccount a LEFT JOIN a.person p "
                        + "WHERE (UPPER(a.idNumber) = :id OR UPPER(p.idNumber) = :id) "
                        + "AND (a.phone = :phone OR p.phone = :phone) ORDER BY a.username", UserAccount.class)
                .setParameter("id", id).setParameter("phone", number).getResultList().stream()
                .filter(UserAccount::isEnabled).map(UserAccount::getUsername).distinct().toList();
        if (!names.isEmpty()) {
            notifications.sms(number, Messages.format(MessageKey.SMS_USERNAME, Messages.CHINESE, String.join("、", names)));
        }
        audit.record(names.isEmpty() ? null : names.get(0), SecurityEvent.Type.USERNAME_REMINDED, remoteAddress,
                (names.isEmpty() ? "no match " : "sent ") + MobilePhone.masked(number));
        return Messages.format(MessageKey.USERNAME_SENT, Messages.CHINESE, MobilePhone.masked(number));
    }

    @Override
    @PermitAll
    public String sendResetCode(String username, String phone, ChallengeAnswer challenge, String remoteAddress) {
        requireChallenge(challenge, remoteAddress);
        String name = username == null ? "" : username.strip();
        if (!Username.isValid(name)) {
            throw new AccountRefusal("username", MessageKey.ACCOUNT_USERNAME_INVALID);
        }
        String number = phone(phone);
        String subject = name.toLowerCase(Locale.ROOT);
        String code = codes.issue(number, OneTimeCode.Purpose.RESET_PASSWORD, subject);
        UserAccount account = accountOf(subject, number);
        if (account != null) {
            notifications.sms(number, Messages.format(MessageKey.SMS_CODE, Messages.CHINESE, code));
        }
        audit.record(name, SecurityEvent.Type.CODE_SENT, remoteAddress,
                (account == null ? "忘记密码 no match " : "忘记密码 ") + MobilePhone.masked(number));
        return Messages.format(MessageKey.CODE_SENT, Messages.CHINESE, MobilePhone.masked(number));
    }

    @Override
    @PermitAll
    public void resetPassword(PasswordReset reset, String remoteAddress) {
        String name = reset.username() == null ? "" : reset.username().strip();
        String subject = name.toLowerCase(Locale.ROOT);
        String number = phone(reset.phone());
        UserAccount account = accountOf(subject, number);
        String password = password(reset.password(), reset.confirmPassword(), name,
                account == null ? null : account.getIdNumber());
        codes.require(number, OneTimeCode.Purpose.RESET_PASSWORD, subject, reset.code());
        if (account == null) {
            // the code was never delivered: the same answer as a wrong one
            throw new AccountRefusal("code", MessageKey.CODE_INVALID);
        }
        account.changePasswordHash(hasher.hash(password.toCharArray()));
        account.unlock();
        audit.record(account.getUsername(), SecurityEvent.Type.PASSWORD_RESET_BY_CODE, remoteAddress,
                "other sessions ended");
        notifications.sms(number, Messages.format(MessageKey.SMS_PASSWORD_CHANGED, Messages.CHINESE, account.getUsername()));
    }

    @Override
    @RolesAllowed({Role.INDIVIDUAL_NAME, Role.UNIT_ADMIN_NAME, Role.UNIT_HANDLER_NAME, Role.OFFICE_NAME,
            Role.EXPERT_NAME, Role.BUREAU_NAME, Role.SYS_ADMIN_NAME})
    public int changePassword(String currentPassword, String newPassword, String confirmPassword, String remoteAddress) {
        String caller = session.getCallerPrincipal().getName();
        List<UserAccount> found = em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :n", UserAccount.class)
                .setParameter("n", caller).getResultList();
        if (found.isEmpty() || !found.get(0).isEnabled()) {
            throw new AccountRefusal(null, MessageKey.ACCOUNT_NOT_FOUND, caller);
        }
        UserAccount account = found.get(0);
        if (currentPassword == null || !hasher.verify(currentPassword.toCharArray(), account.getPasswordHash())) {
            throw new AccountRefusal("currentPassword", MessageKey.PASSWORD_CURRENT_WRONG);
        }
        String password = password(newPassword, confirmPassword, account.getUsername(), idNumberOf(account));
        if (password.equals(currentPassword)) {
            throw new AccountRefusal("password", MessageKey.PASSWORD_SAME_AS_OLD);
        }
        account.changePasswordHash(hasher.hash(password.toCharArray()));
        audit.record(caller, SecurityEvent.Type.PASSWORD_CHANGED, remoteAddress, "other sessions ended");
        return account.getSessionEpoch();
    }

    @Override
    @PermitAll
    public int sessionEpoch(String username) {
        List<Object[]> epoch = em.createQuery("SELECT a.sessionEpoch, a.enabled FROM UserAccount a WHERE a.username = :n",
                Object[].class).setParameter("n", username).getResultList();
        return epoch.isEmpty() || !Boolean.TRUE.equals(epoch.get(0)[1]) ? -1 : (Integer) epoch.get(0)[0];
    }

    // ---- the rules, each from its one place

    private void requireChallenge(ChallengeAnswer challenge, String remoteAddress) {
        if (!challenges.verify(challenge, null, remoteAddress)) {
            throw new AccountRefusal("challenge", MessageKey.CHALLENGE_WRONG);
        }
    }

    private static String required(String value, int max, String field, MessageKey key) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max) {
            throw new AccountRefusal(field, key);
        }
        return v;
    }

    private static String residentId(String value, String field) {
        String id = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!ResidentId.isValid(id)) {
            throw new AccountRefusal(field, MessageKey.REG_ID_INVALID);
        }
        return id;
    }

    private static String phone(String value) {
        String phone = value == null ? "" : value.strip();
        if (!MobilePhone.isValid(phone)) {
            throw new AccountRefusal("phone", MessageKey.REG_PHONE_INVALID);
        }
        return phone;
    }

    private String newUsername(String value) {
        String username = value == null ? "" : value.strip();
        if (!Username.isValid(username)) {
            throw new AccountRefusal("username", MessageKey.ACCOUNT_USERNAME_INVALID);
        }
        if (!em.createQuery("SELECT a.id FROM UserAccount a WHERE LOWER(a.username) = :n", Long.class)
                .setParameter("n", username.toLowerCase(Locale.ROOT)).getResultList().isEmpty()) {
            throw new AccountRefusal("username", MessageKey.ACCOUNT_USERNAME_TAKEN, username);
        }
        return username;
    }

    private static String password(String password, String confirm, String username, String idNumber) {
        MessageKey defect = PasswordPolicy.defect(password, username, idNumber);
        if (defect != null) {
            throw new AccountRefusal("password", defect);
        }
        if (!password.equals(confirm)) {
            throw new AccountRefusal("confirmPassword", MessageKey.PASSWORD_MISMATCH);
        }
        return password;
    }

    private UserAccount accountOf(String usernameLower, String phone) {
        List<UserAccount> found = em.createQuery("SELECT a FROM UserAccount a LEFT JOIN a.person p "
                        + "WHERE LOWER(a.username) = :n AND (a.phone = :phone OR p.phone = :phone)",
                UserAccount.class).setParameter("n", usernameLower).setParameter("phone", phone).getResultList()
                .stream().filter(UserAccount::isEnabled).toList();
        return found.isEmpty() ? null : found.get(0);
    }

    private static String idNumberOf(UserAccount account) {
        return account.getIdNumber() != null ? account.getIdNumber()
                : account.getPerson() == null ? null : account.getPerson().getIdNumber();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
