package cn.zhicheng.domain.model.application;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.zhicheng.domain.model.application.form.ApplicationForm;
import cn.zhicheng.domain.model.application.form.DeclaredQualification;
import cn.zhicheng.domain.model.catalogue.Committee;
import cn.zhicheng.domain.model.catalogue.ReviewYear;
import cn.zhicheng.domain.model.catalogue.Specialty;
import cn.zhicheng.domain.model.history.HistoryEntry;
import cn.zhicheng.domain.model.party.HandlerGrant;
import cn.zhicheng.domain.model.party.Person;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.model.party.Unit;
import cn.zhicheng.domain.shared.MessageKey;

/**
 * 申报 (one application for a title): the aggregate root of the workflow. Its state changes only through
 * {@link #apply}, which checks the {@link Workflow} table, the actor's role and scope, and returns the history
 * entry that the caller writes in the same transaction. Optimistic locking guards concurrent edits.
 */
@Entity
@Table(name = "application")
@Cacheable(false)
public class Application {

    /** 办理部门 shown while the bureau handles the application. */
    public static final String BUREAU_NAME = "深圳市人力资源和社会保障局";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    @Column(name = "serial_no", nullable = false, updatable = false)
    private String serialNo;

    @Enumerated(EnumType.STRING)
    private ApplicationState state;

    /** The stage that returned it (单位审核 or 日常工作部门评前审核): where a resubmission goes. */
    @Enumerated(EnumType.STRING)
    @Column(name = "returned_from")
    private ApplicationState returnedFrom;

    // FetchType.LAZY below is only a wish: weaving is off, so EclipseLink loads every to-one with the row
    // (ARCHITECTURE §2 "Persistence"); lists therefore select DTO columns, never Application entities
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "applicant_id", updatable = false)
    private Person applicant;

    @Column(name = "applicant_name")
    private String applicantName;

    /** The unit it is sent to (报送单位). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "specialty_id")
    private Specialty specialty;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "committee_id")
    private Committee committee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "review_year_id")
    private ReviewYear reviewYear;

    /** 摘要信息: the title and series applied for, e.g. 工程师(工程技术). */
    private String summary;

    /** 办理部门: who has it now. */
    @Column(name = "handling_dept")
    private String handlingDept;

    @OneToOne(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "form_id")
    private ApplicationForm form;

    @Column(name = "certificate_no")
    private String certificateNo;

    @Column(name = "created_at", updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    /** When it first entered 日常工作部门评前审核: the office sees it from then on, whatever happens after. */
    @Column(name = "reached_office_at")
    private LocalDateTime reachedOfficeAt;

    @Version
    private long version;

    /** The experts who may open the dossier now (专家评审): invited to its open meeting and not recused. */
    @ElementCollection
    @CollectionTable(name = "expert_reader", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "expert_username")
    private Set<String> expertReaders = new HashSet<>();

    protected Application() {
    }

    public static Application draft(String serialNo, Person applicant, ReviewYear year, LocalDateTime now) {
        Application application = new Application();
        application.form = ApplicationForm.newDraft();
        application.reviewYear = year;
        application.serialNo = serialNo;
        application.applicant = applicant;
        application.applicantName = applicant.getName();
        application.state = ApplicationState.DRAFT;
        application.createdAt = now;
        application.updatedAt = now;
        application.handlingDept = applicant.getName();
        return application;
    }

    /**
     * 申报的专业技术资格信息: the form records the declaration, and the specialty it names (or none yet) routes the
     * application to that specialty's committee and so its office. The specialty cannot change once returned.
     */
    public void declare(DeclaredQualification declared) {
        assertEditable();
        Specialty chosen = declared.getSpecialty();
        if (state == ApplicationState.RETURNED && specialty != null
                && (chosen == null || !specialty.getId().equals(chosen.getId()))) {
            throw new IllegalTransitionException(MessageKey.SPECIALTY_FIXED_WHEN_RETURNED, serialNo);
        }
        form.declare(declared);
        this.specialty = chosen;
        this.committee = chosen == null ? null : chosen.getCommittee();
        this.summary = chosen == null ? null : chosen.getTitle().summary();
    }

    /**
     * The applicant changed the form (a section or a row; 草稿 can be saved at any time, SPEC §3). Only while
     * editable; the caller also raises the version, so that a screen built from the old form is refused.
     */
    public void formEdited(LocalDateTime now) {
        assertEditable();
        this.updatedAt = now;
    }

    public ApplicationForm getForm() {
        return form;
    }

    /** 报送单位: may change only while it has never been sent. */
    public void sendTo(Unit unit) {
        if (state != ApplicationState.DRAFT) {
            throw new IllegalTransitionException(MessageKey.UNIT_FIXED_AFTER_SUBMIT, serialNo);
        }
        this.unit = unit;
    }

    public boolean isEditable() {
        return state == ApplicationState.DRAFT || state == ApplicationState.RETURNED;
    }

    public void assertEditable() {
        if (!isEditable()) {
            throw new IllegalTransitionException(MessageKey.NOT_EDITABLE, serialNo, state);
        }
    }

    /** The certificate number is recorded just before the certificate transition (制证). */
    public void recordCertificate(String number) {
        if (state != ApplicationState.CERTIFICATE) {
            throw new IllegalTransitionException(serialNo, state, Action.ISSUE_CERTIFICATE);
        }
        this.certificateNo = Objects.requireNonNull(number);
    }

    /**
     * Checks, without changing anything, that the actor may take the action now: role, then scope, then state.
     * Returns the transition that applies; throws the refusal otherwise.
     */
    public Transition permit(Action action, Actor actor) {
        if (!Workflow.roleMayTake(actor.role(), action)) {
            throw new ActionNotPermittedException(actor.role(), action);
        }
        Scope scope = Workflow.transitions().stream().filter(t -> t.action() == action).findFirst().orElseThrow().scope();
        checkScope(scope, actor);
        Transition transition = Workflow.find(state, action)
                .orElseThrow(() -> new IllegalTransitionException(serialNo, state, action));
        checkGuards(action);
        return transition;
    }

    /**
     * Takes an action: checks who may (role), on what (scope) and when (state), moves to the next state and
     * returns the history entry to persist with it. Throws a {@link WorkflowException} and changes nothing
     * when the action is refused.
     */
    public HistoryEntry apply(Action action, Actor actor, LocalDateTime now, String opinion,
                              List<String> attachmentRefs) {
        Transition transition = permit(action, actor);
        ApplicationState from = state;
        ApplicationState to = transition.target(returnedFrom);
        switch (action) {
            case UNIT_RETURN, OFFICE_PRE_RETURN -> returnedFrom = from;
            case RESUBMIT -> returnedFrom = null;
            case SUBMIT -> submittedAt = now;
            default -> { }
        }
        state = to;
        if (to == ApplicationState.OFFICE_PRE_AUDIT && reachedOfficeAt == null) {
            reachedOfficeAt = now;
        }
        updatedAt = now;
        handlingDept = handlingDeptFor(to);
        String refs = attachmentRefs == null || attachmentRefs.isEmpty() ? null : String.join(",", attachmentRefs);
        return new HistoryEntry(id, now, actor.username(), actor.role(), action, from, to, opinion, refs);
    }

    private void checkScope(Scope scope, Actor actor) {
        boolean inScope = switch (scope) {
            case OWNER -> isOwnedBy(actor);
            case UNIT -> unit != null && Objects.equals(actor.unitId(), unit.getId())
                    && actor.holdsGrant(HandlerGrant.TITLE_REVIEW_ITEM);
            case OFFICE -> committee != null && actor.officeId() != null
                    && Objects.equals(actor.officeId(), committee.getOffice().getId());
            case BUREAU -> actor.role() == Role.BUREAU;
            case SYSTEM -> actor.role() == Role.SYSTEM;
        };
        if (!inScope) {
            throw new OutOfScopeException(switch (scope) {
                case OWNER -> MessageKey.OUT_OF_SCOPE_OWNER;
                case UNIT -> unit != null && Objects.equals(actor.unitId(), unit.getId())
                        ? MessageKey.OUT_OF_SCOPE_UNIT_GRANT : MessageKey.OUT_OF_SCOPE_UNIT;
                case OFFICE -> MessageKey.OUT_OF_SCOPE_OFFICE;
                default -> MessageKey.OUT_OF_SCOPE;
            });
        }
    }

    /** The ownership check, in one place: the actor is the person who applies (an account without a person owns nothing). */
    public boolean isOwnedBy(Actor actor) {
        return actor.personId() != null && actor.personId().equals(applicant.getId());
    }

    /** The meeting opens the dossier to an invited, non-recused expert. */
    public void openToExpert(String username) {
        expertReaders.add(username);
    }

    /** A recusal, or the ballot's close, takes the dossier away from the expert. */
    public void closeToExpert(String username) {
        expertReaders.remove(username);
    }

    public boolean isOpenToExpert(String username) {
        return expertReaders.contains(username);
    }

    /** Whether the actor may see this application at all (lists, 查看, 进度): {@link Visibility}'s rule. */
    public boolean isVisibleTo(Actor actor) {
        return Visibility.of(actor).matches(this);
    }

    private void checkGuards(Action action) {
        if (action == Action.CLOSE_BY_DEADLINE && state == ApplicationState.RETURNED
                && returnedFrom != ApplicationState.UNIT_REVIEW) {
            // returned by the office: it was already sent to the office before the deadline
            throw new IllegalTransitionException(MessageKey.ALREADY_AT_OFFICE, serialNo);
        }
    }

    private String handlingDeptFor(ApplicationState s) {
        return switch (s) {
            case DRAFT, RETURNED, AWAITING_PAYMENT -> applicantName;
            case UNIT_REVIEW, UNIT_PRE_PUBLICITY, UNIT_POST_PUBLICITY -> unit != null ? unit.getName() : null;
            case OFFICE_PRE_AUDIT, EXPERT_REVIEW, OFFICE_POST_AUDIT ->
                    committee != null ? committee.getOffice().getName() : null;
            case BUREAU_REVIEW, BUREAU_PUBLICITY, CERTIFICATE, APPROVED -> BUREAU_NAME;
            case REJECTED, TERMINATED, CLOSED_BY_DEADLINE -> handlingDept;
        };
    }

    public Long getId() {
        return id;
    }

    public String getSerialNo() {
        return serialNo;
    }

    public ApplicationState getState() {
        return state;
    }

    public ApplicationState getReturnedFrom() {
        return returnedFrom;
    }

    public Person getApplicant() {
        return applicant;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public Unit getUnit() {
        return unit;
    }

    public Specialty getSpecialty() {
        return specialty;
    }

    public Committee getCommittee() {
        return committee;
    }

    public ReviewYear getReviewYear() {
        return reviewYear;
    }

    public String getSummary() {
        return summary;
    }

    public String getHandlingDept() {
        return handlingDept;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public LocalDateTime getReachedOfficeAt() {
        return reachedOfficeAt;
    }

    public long getVersion() {
        return version;
    }
}
