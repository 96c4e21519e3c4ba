package cn.zhicheng.application.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.application.CatalogueChoice;
import cn.zhicheng.application.ExpertForm;
import cn.zhicheng.application.ExpertPoolService;
import cn.zhicheng.application.ExpertView;
import cn.zhicheng.application.Page;
import cn.zhicheng.domain.model.application.Actor;
import cn.zhicheng.domain.model.catalogue.Committee;
import cn.zhicheng.domain.model.party.IdType;
import cn.zhicheng.domain.model.party.Person;
import cn.zhicheng.domain.model.party.ResidentId;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.model.party.Unit;
import cn.zhicheng.domain.model.party.UserAccount;
import cn.zhicheng.domain.model.review.Expert;
import cn.zhicheng.domain.model.review.ReviewRefusedException;
import cn.zhicheng.domain.shared.MessageKey;
import cn.zhicheng.infrastructure.security.PasswordHasher;

/** 专家库 of the caller's office: its committees' pool members and their EXPERT accounts. */
@Stateless
@RolesAllowed(Role.OFFICE_NAME)
public class DefaultExpertPoolService implements ExpertPoolService {

    private static final int MAX_PAGE = 100;

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Override
    public List<CatalogueChoice> committees() {
        return em.createQuery("SELECT NEW cn.zhicheng.application.CatalogueChoice(c.id, c.name) FROM Committee c "
                        + "WHERE c.office.id = :office ORDER BY c.id", CatalogueChoice.class)
                .setParameter("office", officeId()).getResultList();
    }

    @Override
    public Page<ExpertView> pool(long committeeId, int first, int pageSize) {
        Committee committee = ownCommittee(committeeId);
        long total = em.createQuery("SELECT COUNT(e) FROM Expert e WHERE e.committee = :c", Long.class)
                .setParameter("c", committee).getSingleResult();
        List<Expert> rows = em.createQuery("SELECT e FROM Expert e WHERE e.committee = :c ORDER BY e.name, e.id",
                        Expert.class).setParameter("c", committee)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, pageSize), MAX_PAGE))
                .getResultList();
        LocalDate today = LocalDate.now(clock);
        return new Page<>(rows.stream().map(e -> view(e, today)).toList(), total);
    }

    @Override
    public List<ExpertView> poolAfter(long committeeId, Long afterId, int max) {
        Committee committee = ownCommittee(committeeId);
        jakarta.persistence.TypedQuery<Expert> q = em.createQuery("SELECT e FROM Expert e WHERE e.committee = :c"
                + (afterId == null ? "" : " AND e.id > :after") + " ORDER BY e.id", Expert.class).setParameter("c", committee);
        if (afterId != null) {
            q.setParameter("after", afterId);
        }
        LocalDate today = LocalDate.now(clock);
        return q.setMaxResults(Math.min(Math.max(1, max), 1000)).getResultList().stream().map(e -> view(e, today)).toList();
    }

    @Override
    public ExpertForm blank(long committeeId) {
        ExpertForm form = new ExpertForm();
        form.setCommitteeId(ownCommittee(committeeId).getId());
        LocalDate today = LocalDate.now(clock);
        form.setTermStart(today);
        form.setTermEnd(today.plusYears(3).minusDays(1));
        return form;
    }

    @Override
    public ExpertView add(ExpertForm form) {
        Committee committee = ownCommittee(form.getCommitteeId() == null ? -1 : form.getCommitteeId());
        require(form.getName(), "姓名");
        require(form.getIdNumber(), "证件号码");
        checkDescription(form);
        require(form.getUsername(), "用户名");
        require(form.getInitialPassword(), "初始密码");
        String idNumber = form.getIdNumber().strip().toUpperCase();
        if (!ResidentId.isValid(idNumber)) {
            throw new ReviewRefusedException(MessageKey.EXPERT_ID_INVALID, idNumber);
        }
        String password = form.getInitialPassword();
        if (password.length() < 8 || !password.matches(".*[A-Za-z].*") || !password.matches(".*\\d.*")) {
            throw new ReviewRefusedException(MessageKey.EXPERT_PASSWORD_WEAK);
        }
        String username = form.getUsername().strip();
        if (em.createQuery("SELECT COUNT(a) FROM UserAccount a WHERE a.username = :u", Long.class)
                .setParameter("u", username).getSingleResult() > 0) {
            throw new ReviewRefusedException(MessageKey.EXPERT_USERNAME_TAKEN, username);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Person person = em.createQuery("SELECT p FROM Person p WHERE p.idNumber = :id", Person.class)
                .setParameter("id", idNumber).getResultStream().findFirst().orElseGet(() -> {
                    Person created = new Person(form.getName().strip(), IdType.RESIDENT_ID, idNumber);
                    created.updateContact(blankToNull(form.getPhone()), null);
                    em.persist(created);
                    return created;
                });
        Unit unit = em.createQuery("SELECT u FROM Unit u WHERE u.orgCode = :code", Unit.class)
                .setParameter("code", form.getUnitOrgCode().strip()).getResultStream().findFirst().orElse(null);
        UserAccount account = UserAccount.expert(username, committee, person, unit, hasher.hash(password.toCharArray()), now);
        // an initial password the office chose: the expert chooses their own at the first login
        account.setInitialPassword(account.getPasswordHash());
        em.persist(account);
        Expert expert = new Expert(account, form.getUnitName().strip(), form.getUnitOrgCode().strip(),
                form.getSpecialty().strip(), form.getTitleLevel(), form.getTermStart(), form.getTermEnd(),
                currentActor.get().username(), now);
        em.persist(expert);
        em.flush();
        return view(expert, now.toLocalDate());
    }

    @Override
    public ExpertView update(long expertId, ExpertForm form) {
        Expert expert = ownExpert(expertId);
        checkDescription(form);
        expert.describe(form.getUnitName().strip(), form.getUnitOrgCode().strip(), form.getSpecialty().strip(),
                form.getTitleLevel(), form.getTermStart(), form.getTermEnd());
        return view(expert, LocalDate.now(clock));
    }

    @Override
    public ExpertForm edit(long expertId) {
        Expert e = ownExpert(expertId);
        ExpertForm form = new ExpertForm();
        form.setCommitteeId(e.getCommittee().getId());
        form.setName(e.getName());
        form.setIdNumber(e.getAccount().getPerson() == null ? null : e.getAccount().getPerson().getIdNumber());
        form.setUnitName(e.getUnitName());
        form.setUnitOrgCode(e.getUnitOrgCode());
        form.setSpecialty(e.getSpecialty());
        form.setTitleLevel(e.getTitleLevel());
        form.setTermStart(e.getTermStart());
        form.setTermEnd(e.getTermEnd());
        form.setUsername(e.getUsername());
        return form;
    }

    private static void checkDescription(ExpertForm form) {
        require(form.getUnitName(), "工作单位");
        require(form.getUnitOrgCode(), "组织机构码");
        require(form.getSpecialty(), "专业");
        if (form.getTitleLevel() == null) {
            throw new ReviewRefusedException(MessageKey.EXPERT_FIELD_REQUIRED, "职称级别");
        }
        if (form.getTermStart() == null) {
            throw new ReviewRefusedException(MessageKey.EXPERT_FIELD_REQUIRED, "任期开始日期");
        }
        if (form.getTermEnd() == null) {
            throw new ReviewRefusedException(MessageKey.EXPERT_FIELD_REQUIRED, "任期结束日期");
        }
        if (form.getTermEnd().isBefore(form.getTermStart())) {
            throw new ReviewRefusedException(MessageKey.EXPERT_TERM_INVALID);
        }
    }

    private static void require(String value, String label) {
        if (value == null || value.isBlank()) {
            throw new ReviewRefusedException(MessageKey.EXPERT_FIELD_REQUIRED, label);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private long officeId() {
        Actor actor = currentActor.get();
        return actor.officeId() == null ? -1 : actor.officeId();
    }

    /** A committee of the caller's office (another office's is answered as missing). */
    Committee ownCommittee(long committeeId) {
        Committee committee = em.find(Committee.class, committeeId);
        if (committee == null || committee.getOffice().getId() != officeId()) {
            throw new ReviewRefusedException(MessageKey.EXPERT_NOT_FOUND);
        }
        return committee;
    }

    private Expert ownExpert(long expertId) {
        Expert expert = em.find(Expert.class, expertId);
        if (expert == null || expert.getCommittee().getOffice().getId() != officeId()) {
            throw new ReviewRefusedException(MessageKey.EXPERT_NOT_FOUND);
        }
        return expert;
    }

    static ExpertView view(Expert e, LocalDate today) {
        return new ExpertView(e.getId(), e.getCommittee().getId(), e.getCommittee().getName(), e.getName(),
                e.getUsername(), e.getUnitName(), e.getUnitOrgCode(), e.getSpecialty(), e.getTitleLevel(),
                e.getTermStart(), e.getTermEnd(), e.isActiveOn(today));
    }
}
