package cn.zhicheng.domain.model.application.validation;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.zhicheng.domain.model.application.material.MaterialKind;
import cn.zhicheng.domain.model.catalogue.ReviewYear;

/** A {@link ValidationContext} of fixed answers, gathered once per submission. */
public record SubmissionFacts(ReviewYear reviewYear, LocalDateTime now, List<OtherApplication> otherApplicationsInYear,
                              Set<MaterialKind> uploadedMaterials, Optional<String> declaringUnitName,
                              boolean firstSubmission, LocalDateTime committeeDeadline)
        implements ValidationContext {

    /** A first submission with no committee deadline of its own (the year's window alone). */
    public SubmissionFacts(ReviewYear reviewYear, LocalDateTime now, List<OtherApplication> otherApplicationsInYear,
                           Set<MaterialKind> uploadedMaterials, Optional<String> declaringUnitName) {
        this(reviewYear, now, otherApplicationsInYear, uploadedMaterials, declaringUnitName, true, null);
    }

    public SubmissionFacts {
        otherApplicationsInYear = List.copyOf(otherApplicationsInYear);
        uploadedMaterials = Set.copyOf(uploadedMaterials);
    }
}
