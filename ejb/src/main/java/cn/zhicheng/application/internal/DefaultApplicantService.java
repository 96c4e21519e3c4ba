package cn.zhicheng.application.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.application.ApplicantService;
import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.Page;
import cn.zhicheng.application.RegistryLookupException;
import cn.zhicheng.application.UnitOption;
import cn.zhicheng.application.WorkListFilter;
import cn.zhicheng.application.WorkListSort;
import cn.zhicheng.application.form.EducationRow;
import cn.zhicheng.application.form.ExamResultSection;
import cn.zhicheng.application.form.InsuredUnit;
import cn.zhicheng.domain.model.application.Actor;
import cn.zhicheng.domain.model.application.Application;
import cn.zhicheng.domain.model.application.ApplicationNotFoundException;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.application.IllegalTransitionException;
import cn.zhicheng.domain.model.application.OutOfScopeException;
import cn.zhicheng.domain.model.application.form.Degree;
import cn.zhicheng.domain.model.application.form.EducationLevel;
import cn.zhicheng.domain.model.application.form.EducationRegion;
import cn.zhicheng.domain.model.application.form.StudyMode;
import cn.zhicheng.domain.model.application.material.MaterialKind;
import cn.zhicheng.domain.model.catalogue.ReviewYear;
import cn.zhicheng.domain.model.catalogue.Specialty;
import cn.zhicheng.domain.model.party.Person;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.model.party.Unit;
import cn.zhicheng.domain.shared.Labelled;
import cn.zhicheng.domain.shared.MessageKey;
import cn.zhicheng.infrastructure.persistence.SerialNumbers;
import cn.zhicheng.infrastructure.registry.EducationRecord;
import cn.zhicheng.infrastructure.registry.EducationRegistry;
import cn.zhicheng.infrastructure.registry.ExamRecord;
import cn.zhicheng.infrastructure.registry.ExamRegistry;
import cn.zhicheng.infrastructure.registry.InsuranceRecord;
import cn.zhicheng.infrastructure.registry.InsuranceRegistry;

@Stateless
@RolesAllowed(Role.INDIVIDUAL_NAME)
public class DefaultApplicantService implements ApplicantService {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    ApplicationLocks locks;

    @Inject
    VisibleApplications visible;

    @Inject
    SerialNumbers serialNumbers;

    @Inject
    InsuranceRegistry insurance;

    @Inject
    EducationRegistry education;

    @Inject
    ExamRegistry exams;

    @jakarta.ejb.EJB
    cn.zhicheng.application.MaterialService materials;

    @Inject
    Clock clock;

    @Override
    public ApplicationSummary startDraft() {
        Actor actor = currentActor.get();
        LocalDateTime now = LocalDateTime.now(clock);
        List<ReviewYear> open = em.createQuery("SELECT y FROM ReviewYear y WHERE y.applicationStart <= :now "
                        + "AND y.applicationEnd > :now ORDER BY y.year DESC", ReviewYear.class)
                .setParameter("now", now).setMaxResults(1).getResultList();
        if (open.isEmpty()) {
            throw new IllegalTransitionException(MessageKey.NO_OPEN_REVIEW_YEAR);
        }
        Person person = em.find(Person.class, actor.personId());
        Application application = Application.draft(serialNumbers.next(), person, open.get(0), now);
        em.persist(application);
        em.flush();
        return Summaries.of(application);
    }

    @Override
    public List<UnitOption> unitsForMe() {
        Person person = em.find(Person.class, currentActor.get().personId());
        List<UnitOption> options = new ArrayList<>();
        insurance.findByIdNumber(person.getIdNumber()).ifPresent(record ->
                em.createQuery("SELECT u FROM Unit u WHERE u.orgCode = :code", Unit.class)
                        .setParameter("code", record.orgCode()).getResultList()
                        .forEach(u -> options.add(new UnitOption(u.getId(), u.getName(), "社保缴交单位"))));
        em.createQuery("SELECT u FROM UnitPerson p JOIN p.unit u WHERE p.idNumber = :id ORDER BY u.name", Unit.class)
                .setParameter("id", person.getIdNumber()).getResultList().stream()
                .filter(u -> options.stream().noneMatch(o -> o.id().equals(u.getId())))
                .forEach(u -> options.add(new UnitOption(u.getId(), u.getName(), "单位人员名单")));
        return options;
    }

    @Override
    public Long chosenUnit(long applicationId) {
        Application application = em.find(Application.class, applicationId);
        if (application == null || !application.isOwnedBy(currentActor.get())) {
            throw new ApplicationNotFoundException();
        }
        return application.getUnit() == null ? null : application.getUnit().getId();
    }

    @Override
    public ApplicationSummary sendTo(long applicationId, long expectedVersion, long unitId) {
        Application application = own(applicationId, expectedVersion);
        if (unitsForMe().stream().noneMatch(o -> o.id() == unitId)) {
            throw new OutOfScopeException(MessageKey.UNIT_NOT_AVAILABLE);
        }
        application.sendTo(em.find(Unit.class, unitId));
        em.flush();
        return Summaries.of(application);
    }

    @Override
    public long upload(long applicationId, MaterialKind kind, String fileName, byte[] content) {
        // one upload path (content check, caps, library, under the application's lock)
        return materials.upload(applicationId, kind, fileName, content);
    }

    @Override
    public EducationRow educationByCertificate(String certificateNo) {
        EducationRecord record = education.findByCertificateNo(certificateNo).orElseThrow(() -> new RegistryLookupException(
                MessageKey.REGISTRY_EDUCATION_NOT_FOUND, Objects.toString(certificateNo, "").trim()));
        EducationRow row = new EducationRow();
        row.setCertificateNo(record.certificateNo());
        row.setSchool(record.school());
        row.setEnrolmentDate(record.startDate());
        row.setGraduationDate(record.endDate());
        row.setMajorName(record.major());
        row.setLevel(byLabel(EducationLevel.class, record.level()));
        row.setStudyMode(byLabel(StudyMode.class, record.studyForm()));
        row.setRegion(byLabel(EducationRegion.class, record.region()));
        row.setDegree(degreeOf(record.degree()));
        return row;
    }

    @Override
    public ExamResultSection examResultByTicket(long applicationId, String ticketNo) {
        Actor actor = currentActor.get();
        Application application = em.find(Application.class, applicationId);
        if (application == null || !application.isOwnedBy(actor)) {
            throw new ApplicationNotFoundException();
        }
        String ticket = Objects.toString(ticketNo, "").trim();
        // the registry releases a result only to the person the ticket was issued to
        ExamRecord record = exams.findByTicketNo(ticket, application.getApplicant().getIdNumber())
                .orElseThrow(() -> new RegistryLookupException(MessageKey.REGISTRY_EXAM_NOT_FOUND, ticket));
        Specialty specialty = application.getSpecialty();
        if (specialty == null) {
            throw new RegistryLookupException(MessageKey.EXAM_SPECIALTY_MISSING);
        }
        if (specialty.getExamMode() == null || !specialty.getExamMode().requiresExamResult()) {
            throw new RegistryLookupException(MessageKey.EXAM_NOT_REQUIRED, specialty.getName());
        }
        // the registry names the exam by its subject; the exam of a specialty carries the specialty's name
        if (record.subject() == null || !record.subject().contains(specialty.getName())) {
            throw new RegistryLookupException(MessageKey.EXAM_SUBJECT_MISMATCH, ticket, record.subject(),
                    specialty.getName());
        }
        ExamResultSection section = new ExamResultSection();
        section.setAdmissionTicketNo(record.ticketNo());
        section.setExamStart(record.startTime());
        section.setExamEnd(record.endTime());
        section.setSubject(record.subject());
        section.setScore(record.score());
        return section;
    }

    @Override
    public InsuredUnit myInsuredUnit() {
        Person person = em.find(Person.class, currentActor.get().personId());
        InsuranceRecord record = insurance.findByIdNumber(person.getIdNumber()).orElseThrow(() ->
                new RegistryLookupException(MessageKey.REGISTRY_INSURANCE_NOT_FOUND));
        return new InsuredUnit(record.unitName(), record.orgCode());
    }

    @Override
    public Page<ApplicationSummary> myApplications(ApplicationState.Tab tab, int first, int pageSize) {
        List<ApplicationState> states = Arrays.stream(ApplicationState.values())
                .filter(s -> tab == ApplicationState.Tab.ALL || s.tab() == tab).toList();
        return visible.list(currentActor.get(), WorkListFilter.none().withStates(Set.copyOf(states)),
                new WorkListSort(WorkListSort.Column.CREATED_AT, false), first, pageSize).page();
    }

    @Override
    public List<ApplicationSummary> myApplicationsAfter(ApplicationState.Tab tab, Long afterId, int max) {
        List<ApplicationState> states = Arrays.stream(ApplicationState.values())
                .filter(s -> tab == ApplicationState.Tab.ALL || s.tab() == tab).toList();
        return visible.after(currentActor.get(), WorkListFilter.none().withStates(Set.copyOf(states)), afterId, max);
    }

    @Override
    public Map<ApplicationState.Tab, Long> myApplicationCounts() {
        Map<ApplicationState.Tab, Long> counts = new EnumMap<>(ApplicationState.Tab.class);
        Arrays.stream(ApplicationState.Tab.values()).forEach(t -> counts.put(t, 0L));
        visible.countByState(currentActor.get(), WorkListFilter.none()).forEach((state, n) -> {
            counts.merge(state.tab(), n, Long::sum);
            counts.merge(ApplicationState.Tab.ALL, n, Long::sum);
        });
        return counts;
    }

    /** The enum constant with the registry's label; null when the registry uses a word the form does not offer. */
    private static <E extends Enum<E> & Labelled> E byLabel(Class<E> type, String label) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.label().equals(label)).findFirst().orElse(null);
    }

    /** 学位名称: the registry writes the full name (工学学士, 医学博士); the form asks only for the rank. */
    private static Degree degreeOf(String registryDegree) {
        if (registryDegree == null || registryDegree.isBlank()) {
            return Degree.NONE;
        }
        return Arrays.stream(Degree.values()).filter(d -> d != Degree.NONE && registryDegree.endsWith(d.label()))
                .findFirst().orElse(null);
    }

    private Application own(long applicationId, long expectedVersion) {
        Actor actor = currentActor.get();
        return locks.lock(applicationId, expectedVersion, a -> a.isOwnedBy(actor));
    }
}
