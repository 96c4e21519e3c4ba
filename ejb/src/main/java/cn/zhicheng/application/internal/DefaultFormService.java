package cn.zhicheng.application.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import cn.zhicheng.application.FormService;
import cn.zhicheng.application.form.ApplicationFormView;
import cn.zhicheng.application.form.BasicInfoSection;
import cn.zhicheng.application.form.CommitmentSection;
import cn.zhicheng.application.form.CurrentQualificationSection;
import cn.zhicheng.application.form.DeclaredQualificationSection;
import cn.zhicheng.application.form.ExamResultSection;
import cn.zhicheng.application.form.FormList;
import cn.zhicheng.application.form.FormListRow;
import cn.zhicheng.application.form.FormSaved;
import cn.zhicheng.application.form.FormSection;
import cn.zhicheng.application.form.FormValueRejectedException;
import cn.zhicheng.application.form.NegativeRecordSection;
import cn.zhicheng.application.form.SelfEvaluationSection;
import cn.zhicheng.domain.model.application.Actor;
import cn.zhicheng.domain.model.application.Application;
import cn.zhicheng.domain.model.application.ApplicationNotFoundException;
import cn.zhicheng.domain.model.application.form.ApplicationForm;
import cn.zhicheng.domain.model.application.form.FormRow;
import cn.zhicheng.domain.model.application.form.FormRowNotFoundException;
import cn.zhicheng.domain.model.catalogue.Specialty;
import cn.zhicheng.domain.model.catalogue.UnknownSpecialtyException;
import cn.zhicheng.domain.model.application.form.BasicInfo;
import cn.zhicheng.domain.model.application.form.Gender;
import cn.zhicheng.domain.model.party.HandlerGrant;
import cn.zhicheng.domain.model.party.IdType;
import cn.zhicheng.domain.model.party.Person;
import cn.zhicheng.domain.model.party.ResidentId;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.infrastructure.registry.InsuranceRecord;
import cn.zhicheng.infrastructure.registry.InsuranceRegistry;

/** Reads for every role in scope; writes for the applicant only (the class default). */
@Stateless
@RolesAllowed(Role.INDIVIDUAL_NAME)
@jakarta.interceptor.Interceptors(CatalogueCacheCheck.class) // catalogue edits of any node show at once (admin)
public class DefaultFormService implements FormService {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    UnitGrants grants;

    @Inject
    ApplicationLocks locks;

    @Inject
    InsuranceRegistry insurance;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Override
    @RolesAllowed({Role.INDIVIDUAL_NAME, Role.UNIT_ADMIN_NAME, Role.UNIT_HANDLER_NAME, Role.OFFICE_NAME,
            Role.EXPERT_NAME, Role.BUREAU_NAME, Role.SYS_ADMIN_NAME})
    public ApplicationFormView form(long applicationId) {
        Actor actor = currentActor.get();
        grants.requireItem(actor, HandlerGrant.TITLE_REVIEW_ITEM, "form " + applicationId);
        Application application = em.find(Application.class, applicationId);
        if (application == null || !application.isVisibleTo(actor)) {
            throw new ApplicationNotFoundException();
        }
        ApplicationFormView view = FormAssembler.toView(application);
        if (application.isEditable() && view.getBasicInfo() != null) {
            // the screen shows the person's real-name facts and the registry's unit before the first 暂存
            Person person = application.getApplicant();
            Optional<InsuranceRecord> insured = insurance.findByIdNumber(person.getIdNumber());
            BasicInfoSection b = view.getBasicInfo();
            b.setName(person.getName());
            b.setIdType(person.getIdType());
            b.setIdNumber(person.getIdNumber());
            if (person.getIdType() == IdType.RESIDENT_ID && ResidentId.isValid(person.getIdNumber())) {
                b.setGender(ResidentId.isMale(person.getIdNumber()) ? Gender.MALE : Gender.FEMALE);
                b.setBirthDate(ResidentId.birthDate(person.getIdNumber()));
            }
            b.setInsuredUnitName(insured.map(InsuranceRecord::unitName).orElse(null));
            b.setInsuredUnitOrgCode(insured.map(InsuranceRecord::orgCode).orElse(null));
        }
        return view;
    }

    @Override
    public FormSaved saveSection(long applicationId, long expectedVersion, FormSection section) {
        checkFits(Objects.requireNonNull(section));
        Application application = openForEdit(applicationId, expectedVersion);
        ApplicationForm form = application.getForm();
        if (section instanceof CommitmentSection s) {
            if (!s.isAccepted()) {
                form.withdrawCommitment();
            } else if (!form.isCommitmentAccepted()) {
                form.acceptCommitment(LocalDateTime.now(clock));
            }
        } else if (section instanceof BasicInfoSection s) {
            // 现参保单位 is read-only on the form: always the insurance registry's, whatever the client sent; 姓名 and
            // 证件号码 are the account's person's, 性别 and 出生日期 derived from the resident ID
            Person person = application.getApplicant();
            Optional<InsuranceRecord> insured = insurance.findByIdNumber(person.getIdNumber());
            BasicInfo.Builder basic = FormAssembler.toEntity(s).toBuilder().name(person.getName())
                    .idType(person.getIdType()).idNumber(person.getIdNumber());
            if (person.getIdType() == IdType.RESIDENT_ID && ResidentId.isValid(person.getIdNumber())) {
                basic.gender(ResidentId.isMale(person.getIdNumber()) ? Gender.MALE : Gender.FEMALE)
                        .birthDate(ResidentId.birthDate(person.getIdNumber()));
            }
            form.updateBasicInfo(basic
                    .insuredUnitName(insured.map(InsuranceRecord::unitName).orElse(null))
                    .insuredUnitOrgCode(insured.map(InsuranceRecord::orgCode).orElse(null)).build());
        } else if (section instanceof CurrentQualificationSection s) {
            form.updateCurrentQualification(FormAssembler.toEntity(s));
        } else if (section instanceof DeclaredQualificationSection s) {
            application.declare(FormAssembler.toEntity(s, specialty(s.getSpecialtyId())));
        } else if (section instanceof ExamResultSection s) {
            form.recordExamResult(FormAssembler.toEntity(s));
        } else if (section instanceof SelfEvaluationSection s) {
            form.evaluateSelf(FormAssembler.toEntity(s));
        } else if (section instanceof NegativeRecordSection s) {
            form.stateNegativeRecord(FormAssembler.toEntity(s));
        } else {
            throw new IllegalArgumentException("not a section of the form: " + section.getClass());
        }
        return saved(application, null);
    }

    @Override
    public FormSaved addRow(long applicationId, long expectedVersion, FormListRow row) {
        checkFits(Objects.requireNonNull(row));
        Application application = openForEdit(applicationId, expectedVersion);
        // a new row's id is the server's to give, whatever the client sent
        FormRow added = application.getForm().addRow(FormAssembler.toEntity(row));
        return saved(application, added);
    }

    @Override
    public FormSaved updateRow(long applicationId, long expectedVersion, FormListRow row) {
        checkFits(Objects.requireNonNull(row));
        if (row.getId() == null) {
            throw new FormRowNotFoundException(row.list().label());
        }
        Application application = openForEdit(applicationId, expectedVersion);
        application.getForm().updateRow(row.getId(), FormAssembler.toEntity(row));
        return saved(application, null);
    }

    @Override
    public FormSaved deleteRow(long applicationId, long expectedVersion, FormList list, long rowId) {
        Application application = openForEdit(applicationId, expectedVersion);
        application.getForm().removeRow(FormAssembler.entityKind(Objects.requireNonNull(list)), rowId);
        return saved(application, null);
    }

    /** The DTO's size limits (those of the columns), checked before anything is opened or written. */
    private void checkFits(Object values) {
        Set<ConstraintViolation<Object>> violations = validator.validate(values);
        if (!violations.isEmpty()) {
            throw new FormValueRejectedException(violations.stream().map(ConstraintViolation::getMessage).sorted().toList());
        }
    }

    /** The caller's own application, locked, at the version the screen was built from, in an editable state. */
    private Application openForEdit(long applicationId, long expectedVersion) {
        Long personId = currentActor.get().personId();
        Application application = locks.lock(applicationId, expectedVersion,
                a -> Objects.equals(a.getApplicant().getId(), personId));
        application.formEdited(LocalDateTime.now(clock));
        return application;
    }

    /** The chosen specialty from the database: the client names it by id only. */
    private Specialty specialty(Long specialtyId) {
        if (specialtyId == null) {
            return null;
        }
        Specialty specialty = em.find(Specialty.class, specialtyId);
        if (specialty == null) {
            throw new UnknownSpecialtyException();
        }
        return specialty;
    }

    private FormSaved saved(Application application, FormRow added) {
        // a change of the form alone would leave the application's row untouched: raise its version explicitly
        em.lock(application, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return new FormSaved(application.getVersion(), added == null ? null : added.getId());
    }
}
