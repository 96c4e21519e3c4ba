package cn.zhicheng.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.application.MyProfile;
import cn.zhicheng.application.ProfileRefusedException;
import cn.zhicheng.application.ProfileService;
import cn.zhicheng.domain.model.party.ContactFormats;
import cn.zhicheng.domain.model.party.Person;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.model.party.UserAccount;
import cn.zhicheng.domain.shared.MessageKey;

@Stateless
@RolesAllowed(Role.INDIVIDUAL_NAME)
public class DefaultProfileService implements ProfileService {

    private static final int ADDRESS_MAX = 200;
    private static final int EMAIL_MAX = 100;

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Override
    public MyProfile myProfile() {
        return view(em.find(Person.class, currentActor.get().personId()));
    }

    @Override
    public MyProfile saveContact(String phone, String email, String address) {
        return saveContact(phone, email, address, emailOptIn());
    }

    @Override
    public boolean emailOptIn() {
        return currentActor.callerAccount().map(UserAccount::isNotifyEmail).orElse(false);
    }

    @Override
    public MyProfile saveContact(String phone, String email, String address, boolean emailOptIn) {
        String p = trimmed(phone);
        String e = trimmed(email);
        String a = trimmed(address);
        if (p == null) {
            throw new ProfileRefusedException("phone", MessageKey.PROFILE_PHONE_REQUIRED);
        }
        if (!ContactFormats.isPhone(p)) {
            throw new ProfileRefusedException("phone", MessageKey.PROFILE_PHONE_INVALID);
        }
        if (e != null && (e.length() > EMAIL_MAX || !ContactFormats.isEmail(e))) {
            throw new ProfileRefusedException("email", MessageKey.PROFILE_EMAIL_INVALID);
        }
        if (a != null && a.codePointCount(0, a.length()) > ADDRESS_MAX) {
            throw new ProfileRefusedException("address", MessageKey.PROFILE_ADDRESS_TOO_LONG, ADDRESS_MAX);
        }
        if (emailOptIn && e == null) {
            throw new ProfileRefusedException("email", MessageKey.NOTICE_EMAIL_NEEDS_ADDRESS);
        }
        Person person = em.find(Person.class, currentActor.get().personId(), LockModeType.PESSIMISTIC_WRITE);
        person.updateContact(p, e, a);
        currentActor.callerAccount().ifPresent(account -> account.chooseEmailNotifications(emailOptIn));
        em.flush();
        return view(person);
    }

    private static MyProfile view(Person person) {
        String gender = person.getGender();
        return new MyProfile(person.getName(), person.getIdType() == null ? null : person.getIdType().label(),
                person.getIdNumber(), gender, person.getBirthDate(), person.getPhone(), person.getEmail(),
                person.getAddress());
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
