package cn.zhicheng.domain.model.party;

import java.time.Duration;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.zhicheng.domain.model.catalogue.Committee;
import cn.zhicheng.domain.model.catalogue.Office;

/**
 * A login account with exactly one role and the scope that role acts in: the person (individual, expert), the
 * unit (unit admin or handler) or the committee (office staff, expert pool).
 * <p>
 * Keeps its own lockout counter (SPEC §10): five wrong passwords in a row lock it for one hour. The counter
 * lives in the database so that it holds across restarts and cluster nodes.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    public static final int MAX_FAILED_ATTEMPTS = 5;
    public static final Duration LOCK_DURATION = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_type")
    private AccountType accountType;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "display_name")
    private String displayName;

    @ManyToOne
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ManyToOne
    @JoinColumn(name = "committee_id")
    private Committee committee;

    @ManyToOne
    @JoinColumn(name = "office_id")
    private Office office;

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean enabled = true;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    /** Set with an initial password someone else chose: the holder must choose their own at the next login. */
    @Column(name = "password_change_required")
    private boolean passwordChangeRequired;

    /** A unit handler's 身份证号 (权限管理 lists it); other accounts carry their person's. */
    @Column(name = "id_number")
    private String idNumber;

    // ---- the phone it registered with; the epoch a password change raises (ends older sessions)
    private String phone;

    @Column(name = "session_epoch")
    private int sessionEpoch;

    @Column(name = "notify_sms")
    private boolean notifySms;

    // ---- e-mail opt-in: the hand-over notices also go to the person's 电子邮箱
    @Column(name = "notify_email")
    private boolean notifyEmail;

    @Version
    private long version;

    protected UserAccount() {
    }

    private UserAccount(String username, Role role, String displayName, String passwordHash, LocalDateTime now) {
        this.username = username;
        this.role = role;
        this.accountType = role.accountType();
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = now;
    }

    public static UserAccount individual(String username, Person person, String passwordHash, LocalDateTime now) {
        UserAccount account = new UserAccount(username, Role.INDIVIDUAL, person.getName(), passwordHash, now);
        account.person = person;
        return account;
    }

    public static UserAccount ofUnit(String username, Role role, Unit unit, String displayName,
                                     String passwordHash, LocalDateTime now) {
        if (!role.isUnitRole()) {
            throw new IllegalArgumentException("not a unit role: " + role);
        }
        UserAccount account = new UserAccount(username, role, displayName, passwordHash, now);
        account.unit = unit;
        return account;
    }

    /**
     * A unit handler created by the unit's admin (权限管理): the initial password the admin was shown once must be
     * changed at the first login.
     */
    public static UserAccount handler(String username, Unit unit, String name, String idNumber,
                                      String initialPasswordHash, LocalDateTime now) {
        UserAccount account = ofUnit(username, Role.UNIT_HANDLER, unit, name, null, now);
        account.idNumber = idNumber;
        account.setInitialPassword(initialPasswordHash);
        return account;
    }

    /** Staff of an office (日常工作部门): acts for every committee the office serves. */
    public static UserAccount ofOffice(String username, Office office, String displayName, String passwordHash,
                                       LocalDateTime now) {
        UserAccount account = new UserAccount(username, Role.OFFICE, displayName, passwordHash, now);
        account.office = office;
        return account;
    }

    /** A member of a committee's expert pool; the person and unit are kept for recusal. */
    public static UserAccount expert(String username, Committee committee, Person person, Unit unit,
                                     String passwordHash, LocalDateTime now) {
        UserAccount account = new UserAccount(username, Role.EXPERT, person.getName(), passwordHash, now);
        account.committee = committee;
        account.person = person;
        account.unit = unit;
        return account;
    }

    /** Bureau staff and platform operators: no unit, committee or person scope. */
    public static UserAccount ofAuthority(String username, Role role, String displayName, String passwordHash,
                                          LocalDateTime now) {
        if (role != Role.BUREAU && role != Role.SYS_ADMIN) {
            throw new IllegalArgumentException("not an authority role: " + role);
        }
        return new UserAccount(username, role, displayName, passwordHash, now);
    }

    public boolean isLockedAt(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a wrong password; returns true when this failure locks the account. */
    public boolean recordFailedLogin(LocalDateTime now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            // the previous lock has run out: the count starts again
            failedAttempts = 0;
            lockedUntil = null;
        }
        failedAttempts++;
        if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
            lockedUntil = now.plus(LOCK_DURATION);
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin(LocalDateTime now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /** The holder chose a new password: no change is required any more. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = false;
        this.sessionEpoch++;
    }

    /**
     * An initial (one-time) password set by an administrator for this account, e.g. for a new handler or after a
     * reset: the holder must change it at the first login.
     */
    public void setInitialPassword(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = true;
        this.sessionEpoch++;
    }

    /** 停用: the account can no longer log in, and a session it opened before is refused every service. */
    public void disable() {
        this.enabled = false;
    }

    /** 启用 again, with a fresh lockout count. */
    public void enable() {
        this.enabled = true;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public AccountType getAccountType() {
        return accountType;
    }

    public Role getRole() {
        return role;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Person getPerson() {
        return person;
    }

    public Unit getUnit() {
        return unit;
    }

    public Committee getCommittee() {
        return committee;
    }

    public Office getOffice() {
        return office;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    public LocalDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    // ---- account administration


    /** Ends a lockout and its count of failures. */
    public void unlock() {
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    // ---- accounts (registration, recovery, sessions)

    /** 个人注册: the person's own account, with the phone its code was confirmed on. */
    public static UserAccount registeredIndividual(String username, Person person, String phone, String passwordHash,
                                                   LocalDateTime now) {
        UserAccount account = individual(username, person, passwordHash, now);
        account.phone = phone;
        account.idNumber = person.getIdNumber();
        return account;
    }

    /** 单位注册: the unit's administrator, with the 身份证号 and phone given at registration. */
    public static UserAccount registeredUnitAdmin(String username, Unit unit, String name, String idNumber, String phone,
                                                  String passwordHash, LocalDateTime now) {
        UserAccount account = ofUnit(username, Role.UNIT_ADMIN, unit, name, passwordHash, now);
        account.idNumber = idNumber;
        account.phone = phone;
        return account;
    }

    public String getPhone() {
        return phone;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    public boolean isNotifySms() {
        return notifySms;
    }

    public void chooseNotifications(boolean sms) {
        this.notifySms = sms;
    }

    public boolean isNotifyEmail() {
        return notifyEmail;
    }

    /** Whether the hand-over notices also go out by e-mail (the caller checks there is an address to send to). */
    public void chooseEmailNotifications(boolean email) {
        this.notifyEmail = email;
    }

    /** The address e-mail goes to: the person's 电子邮箱 (accounts without a person have none). */
    public String emailAddress() {
        String email = person == null ? null : person.getEmail();
        return email == null || email.isBlank() ? null : email.strip();
    }
}
