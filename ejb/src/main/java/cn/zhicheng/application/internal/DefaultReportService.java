package cn.zhicheng.application.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import cn.zhicheng.application.ApplicantPhotos;
import cn.zhicheng.application.OfficialForm;
import cn.zhicheng.application.Page;
import cn.zhicheng.application.PublicityCandidate;
import cn.zhicheng.application.PublicityNotice;
import cn.zhicheng.application.ReportFile;
import cn.zhicheng.application.ReportService;
import cn.zhicheng.application.form.ApplicationFormView;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.Actor;
import cn.zhicheng.domain.model.application.Application;
import cn.zhicheng.domain.model.application.ApplicationNotFoundException;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.application.form.DeclarationType;
import cn.zhicheng.domain.model.decision.PublicityRecord;
import cn.zhicheng.domain.model.decision.UnitReviewRecord;
import cn.zhicheng.domain.model.party.HandlerGrant;
import cn.zhicheng.domain.model.party.Person;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.model.publicity.PublicityPrint;
import cn.zhicheng.reports.PublicityListReport;
import cn.zhicheng.reports.ExceptionalRecommendationReport;
import cn.zhicheng.reports.PersonalCommitmentReport;
import cn.zhicheng.reports.PublicitySituationReport;
import cn.zhicheng.reports.RegistrationFormReport;
import cn.zhicheng.reports.UnitCommitmentReport;
import cn.zhicheng.reports.data.PersonalCommitmentData;

/**
 * Builds the report beans of the reports module from the database, under the caller's scope
 * ({@link Application#isVisibleTo}, and a handler's 资格评审 grant), and lets the module's renderers turn them
 * into PDF. The renderers live in the EAR's lib/ and cannot see this module's classes, so nothing but their own
 * beans crosses over.
 */
@Stateless
@RolesAllowed({Role.INDIVIDUAL_NAME, Role.UNIT_ADMIN_NAME, Role.UNIT_HANDLER_NAME, Role.OFFICE_NAME, Role.BUREAU_NAME})
public class DefaultReportService implements ReportService {

    private static final Set<Action> PRE_PUBLICITY = Set.of(Action.PRE_PUBLICITY_PASS, Action.PRE_PUBLICITY_FAIL);
    private static final Set<Action> POST_PUBLICITY = Set.of(Action.POST_PUBLICITY_PASS,
            Action.POST_PUBLICITY_OBJECTION_UPHELD);

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    UnitGrants grants;

    @Inject
    ApplicantPhotos photos;

    @Inject
    Clock clock;

    @Override
    public ReportFile personalCommitment(long applicationId) {
        PersonalCommitmentData data = commitmentData(visible(applicationId));
        return ReportFile.pdf(PersonalCommitmentReport.fileName(data), PersonalCommitmentReport.render(data));
    }

    @Override
    public List<OfficialForm> printableForms(long applicationId) {
        Application application = visible(applicationId);
        ApplicationFormView form = FormAssembler.toView(application);
        List<OfficialForm> forms = new ArrayList<>(List.of(OfficialForm.REGISTRATION, OfficialForm.PERSONAL_COMMITMENT));
        if (form.getDeclaredQualification() != null
                && form.getDeclaredQualification().getDeclarationType() == DeclarationType.EXCEPTIONAL) {
            forms.add(OfficialForm.EXCEPTIONAL_RECOMMENDATION);
        }
        ApplicationState state = application.getState();
        if (state != ApplicationState.DRAFT) {
            forms.add(OfficialForm.UNIT_COMMITMENT);
        }
        if (state == ApplicationState.UNIT_PRE_PUBLICITY || publicity(applicationId, PRE_PUBLICITY) != null) {
            forms.add(OfficialForm.PRE_PUBLICITY_SITUATION);
        }
        if (state == ApplicationState.UNIT_POST_PUBLICITY || publicity(applicationId, POST_PUBLICITY) != null) {
            forms.add(OfficialForm.POST_PUBLICITY_SITUATION);
        }
        return forms;
    }

    @Override
    public ReportFile form(long applicationId, OfficialForm form) {
        return switch (form) {
            case REGISTRATION -> registrationForm(applicationId);
            case PERSONAL_COMMITMENT -> personalCommitment(applicationId);
            case EXCEPTIONAL_RECOMMENDATION -> exceptionalRecommendation(applicationId);
            case UNIT_COMMITMENT -> unitCommitment(applicationId);
            case PRE_PUBLICITY_SITUATION -> publicitySituation(applicationId, true);
            case POST_PUBLICITY_SITUATION -> publicitySituation(applicationId, false);
        };
    }

    @Override
    public ReportFile registrationForm(long applicationId) {
        Application application = visible(applicationId);
        ApplicationFormView view = FormAssembler.toView(application);
        byte[] photo = photos.photo(applicationId).orElse(null);
        byte[] pdf = RegistrationFormReport.render(OfficialForms.registration(view, application, today()),
                OfficialForms.head(view, application), photo);
        return ReportFile.pdf(RegistrationFormReport.fileName(application.getApplicant().getName()), pdf);
    }

    @Override
    @RolesAllowed({Role.UNIT_ADMIN_NAME, Role.UNIT_HANDLER_NAME})
    public Page<PublicityCandidate> publicityCandidates(boolean pre, Boolean printed, String applicant, int first,
                                                        int pageSize) {
        Actor actor = currentActor.get();
        grants.requireItem(actor, HandlerGrant.TITLE_REVIEW_ITEM, "publicity list");
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Application> counted = count.from(Application.class);
        count.select(cb.count(counted)).where(candidates(actor, pre, printed, applicant, cb, count, counted));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<Application> page = cb.createQuery(Application.class);
        Root<Application> a = page.from(Application.class);
        page.select(a).where(candidates(actor, pre, printed, applicant, cb, page, a))
                .orderBy(cb.asc(a.get("submittedAt")), cb.asc(a.get("id")));
        List<Application> rows = em.createQuery(page).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, 100))).getResultList();
        Set<Long> printedIds = printed(rows.stream().map(Application::getId).toList(), pre);
        return new Page<>(rows.stream().map(r -> PublicityLists.candidate(r, printedIds.contains(r.getId()))).toList(),
                total);
    }

    @Override
    @RolesAllowed({Role.UNIT_ADMIN_NAME, Role.UNIT_HANDLER_NAME})
    public List<PublicityCandidate> publicityCandidatesAfter(boolean pre, Boolean printed, String applicant, Long afterId,
                                                             int max) {
        Actor actor = currentActor.get();
        grants.requireItem(actor, HandlerGrant.TITLE_REVIEW_ITEM, "publicity list");
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Application> page = cb.createQuery(Application.class);
        Root<Application> a = page.from(Application.class);
        List<Predicate> where = new ArrayList<>(List.of(candidates(actor, pre, printed, applicant, cb, page, a)));
        if (afterId != null) {
            where.add(cb.greaterThan(a.get("id"), afterId));
        }
        page.select(a).where(where.toArray(Predicate[]::new)).orderBy(cb.asc(a.get("id")));
        List<Application> rows = em.createQuery(page).setMaxResults(Math.max(1, Math.min(max, 1000))).getResultList();
        Set<Long> printedIds = printed(rows.stream().map(Application::getId).toList(), pre);
        return rows.stream().map(r -> PublicityLists.candidate(r, printedIds.contains(r.getId()))).toList();
    }

    @Override
    @RolesAllowed({Role.UNIT_ADMIN_NAME, Role.UNIT_HANDLER_NAME})
    public ReportFile publicityList(boolean pre, PublicityNotice notice, List<Long> applicationIds) {
        ApplicationState stage = pre ? ApplicationState.UNIT_PRE_PUBLICITY : ApplicationState.UNIT_POST_PUBLICITY;
        List<Application> applications = new ArrayList<>();
        for (Long id : new java.util.LinkedHashSet<>(applicationIds)) {
            Application a = visible(id);
            if (a.getState() != stage) {
                throw new ApplicationNotFoundException();
            }
            applications.add(a);
        }
        Set<Long> printedIds = printed(applications.stream().map(Application::getId).toList(), pre);
        LocalDate today = today();
        int year = PublicityLists.year(applications, today);
        String committee = applications.stream().filter(a -> a.getCommittee() != null)
                .map(a -> a.getCommittee().getName()).findFirst().orElse(null);
        Actor actor = currentActor.get();
        String unitName = actor.unitId() == null ? null : em.find(cn.zhicheng.domain.model.party.Unit.class, actor.unitId()).getName();
        byte[] pdf = PublicityListReport.render(pre, year,
                PublicityLists.notice(pre, year, committee, notice == null ? new PublicityNotice() : notice),
                PublicityLists.signature(unitName, today), "打印日期：" + OfficialForms.dateText(today),
                applications.stream().map(a -> PublicityLists.candidate(a, true).cells()).toList());
        LocalDateTime now = LocalDateTime.now(clock);
        String stageCode = pre ? PublicityPrint.PRE : PublicityPrint.POST;
        for (Application a : applications) {
            if (printedIds.contains(a.getId())) {
                em.createQuery("SELECT p FROM PublicityPrint p WHERE p.applicationId = :id AND p.stage = :stage",
                        PublicityPrint.class).setParameter("id", a.getId()).setParameter("stage", stageCode)
                        .getSingleResult().printedAgain(now, actor.username());
            } else {
                em.persist(new PublicityPrint(a.getId(), stageCode, now, actor.username()));
            }
        }
        return ReportFile.pdf(PublicityListReport.fileName(pre, year), pdf);
    }

    private static Predicate[] candidates(Actor actor, boolean pre, Boolean printed, String applicant, CriteriaBuilder cb,
                                          CriteriaQuery<?> query, Root<Application> a) {
        List<Predicate> where = new ArrayList<>();
        where.add(VisibleApplications.visibleTo(actor, cb, a));
        where.add(cb.equal(a.get("state"), pre ? ApplicationState.UNIT_PRE_PUBLICITY : ApplicationState.UNIT_POST_PUBLICITY));
        if (printed != null) {
            Subquery<Long> sub = query.subquery(Long.class);
            Root<PublicityPrint> p = sub.from(PublicityPrint.class);
            sub.select(p.get("applicationId")).where(cb.equal(p.get("applicationId"), a.get("id")),
                    cb.equal(p.get("stage"), pre ? PublicityPrint.PRE : PublicityPrint.POST));
            where.add(printed ? cb.exists(sub) : cb.not(cb.exists(sub)));
        }
        if (applicant != null && !applicant.isBlank()) {
            String prefix = applicant.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.add(cb.or(cb.like(a.get("applicantName"), prefix, '\\'),
                    cb.like(a.get("applicant").get("idNumber"), prefix, '\\')));
        }
        return where.toArray(Predicate[]::new);
    }

    private Set<Long> printed(List<Long> ids, boolean pre) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("SELECT p.applicationId FROM PublicityPrint p WHERE p.applicationId IN :ids "
                + "AND p.stage = :stage", Long.class).setParameter("ids", ids)
                .setParameter("stage", pre ? PublicityPrint.PRE : PublicityPrint.POST).getResultList());
    }

    private ReportFile exceptionalRecommendation(long applicationId) {
        Application application = visible(applicationId);
        byte[] pdf = OfficialForms.exceptionalRecommendation(FormAssembler.toView(application), application,
                unitReview(applicationId), today()).render();
        return ReportFile.pdf(ExceptionalRecommendationReport.fileName(application.getApplicant().getName()), pdf);
    }

    private ReportFile unitCommitment(long applicationId) {
        PersonalCommitmentData data = commitmentData(visible(applicationId));
        return ReportFile.pdf(UnitCommitmentReport.fileName(data), UnitCommitmentReport.render(data));
    }

    private ReportFile publicitySituation(long applicationId, boolean pre) {
        Application application = visible(applicationId);
        byte[] pdf = OfficialForms.publicitySituation(pre, FormAssembler.toView(application), application,
                publicity(applicationId, pre ? PRE_PUBLICITY : POST_PUBLICITY), unitReview(applicationId), today())
                .render();
        return ReportFile.pdf(PublicitySituationReport.fileName(pre, application.getApplicant().getName()), pdf);
    }

    private PersonalCommitmentData commitmentData(Application application) {
        Person applicant = application.getApplicant();
        return new PersonalCommitmentData(application.getSerialNo(), applicant.getName(),
                applicant.getIdType() == null ? null : applicant.getIdType().label(), applicant.getIdNumber(),
                application.getUnit() == null ? null : application.getUnit().getName(),
                application.getSpecialty() == null ? null : application.getSummary(),
                application.getSpecialty() == null ? null : application.getSpecialty().getName(),
                today());
    }

    /** The latest publicity result of that kind, or null. */
    private PublicityRecord publicity(long applicationId, Set<Action> kind) {
        return em.createQuery("SELECT p FROM PublicityRecord p WHERE p.applicationId = :id AND p.action IN :kind "
                        + "ORDER BY p.decidedAt DESC, p.id DESC", PublicityRecord.class)
                .setParameter("id", applicationId).setParameter("kind", kind).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    /** The latest 单位审核 record (its evaluation and annual appraisals), or null. */
    private UnitReviewRecord unitReview(long applicationId) {
        return em.createQuery("SELECT r FROM UnitReviewRecord r WHERE r.applicationId = :id "
                        + "ORDER BY r.decidedAt DESC, r.id DESC", UnitReviewRecord.class)
                .setParameter("id", applicationId).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The application, if it exists and the caller may see it; otherwise the one answer for both. */
    private Application visible(long applicationId) {
        Actor actor = currentActor.get();
        grants.requireItem(actor, HandlerGrant.TITLE_REVIEW_ITEM, "report " + applicationId);
        Application application = em.find(Application.class, applicationId);
        if (application == null || !application.isVisibleTo(actor)) {
            throw new ApplicationNotFoundException();
        }
        return application;
    }
}
