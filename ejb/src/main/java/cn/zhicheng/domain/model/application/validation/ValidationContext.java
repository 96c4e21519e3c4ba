package cn.zhicheng.domain.model.application.validation;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.zhicheng.domain.model.application.form.ApplicationForm;
import cn.zhicheng.domain.model.application.material.MaterialKind;
import cn.zhicheng.domain.model.catalogue.ReviewYear;

/**
 * What the submit validator needs to know that the form itself does not: the review year and the clock, the
 * applicant's other applications, the uploaded materials and the unit chosen under 申报下一环节信息. The service
 * that submits builds one per submission; tests implement it with plain values.
 */
public interface ValidationContext {

    /** The review year (评委会年度) the application belongs to; its window and cut-off dates apply. */
    ReviewYear reviewYear();

    /** The moment of the submission. */
    LocalDateTime now();

    /**
     * Whether this is the application's first submission (提交 of a draft). The application window applies to it
     * only: a resubmission after a return (重新提交) stays possible after the window has closed.
     */
    default boolean firstSubmission() {
        return true;
    }

    /**
     * The committee's effective deadline (its own for the year, else the year's office deadline) when it binds this
     * submission: a first submission, and a resubmission of an application the unit returned (the cut-off closes
     * those); null when it does not bind (a resubmission after an office return: the application reached the office
     * in time) or is unknown.
     */
    default LocalDateTime committeeDeadline() {
        return null;
    }

    /**
     * The same applicant's other applications in the same review year that still count: submitted (not DRAFT)
     * and not TERMINATED or CLOSED_BY_DEADLINE. This application itself is not in the list.
     */
    List<OtherApplication> otherApplicationsInYear();

    /** The material kinds that have at least one file uploaded for this application. */
    Set<MaterialKind> uploadedMaterials();

    /** The name of the unit the application is sent to (报送单位), empty while none is chosen. */
    Optional<String> declaringUnitName();

    /** Whether a unit has been chosen under 申报下一环节信息. */
    default boolean unitChosen() {
        return declaringUnitName().isPresent();
    }

    /**
     * Whether the declaring unit differs from the form's 现工作单位, which calls for the 公司隶属关系证明. By
     * default the names are compared ignoring white space and the width of brackets; an implementation that
     * knows better (e.g. organisation codes) overrides it. Answers false while either side is unknown.
     */
    default boolean declaringUnitDiffersFromWorkUnit(ApplicationForm form) {
        String workUnit = form.getBasicInfo().getWorkUnit();
        Optional<String> declaring = declaringUnitName();
        if (workUnit == null || workUnit.isBlank() || declaring.isEmpty()) {
            return false;
        }
        return !normalisedUnitName(workUnit).equals(normalisedUnitName(declaring.get()));
    }

    private static String normalisedUnitName(String name) {
        return name.replaceAll("\\s+", "").replace('（', '(').replace('）', ')');
    }

    /**
     * Another application of the same person in the same review year: its serial number (业务流水号, null for a
     * draft), the series and specialty it declares, and its 摘要信息 for the message.
     */
    record OtherApplication(String serialNo, Long seriesId, Long specialtyId, String summary) {
    }
}
