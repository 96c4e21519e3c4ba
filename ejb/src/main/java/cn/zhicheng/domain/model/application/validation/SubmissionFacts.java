package cn.zhicheng.domain.model.application.validation;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.zhicheng.domain.model.application.material.MaterialKind;
import cn.zhicheng.domain.model.catalogue.ReviewYear;

/** A {@link ValidationContext} of fixed answers, gathered once per submission. */
public record SubmissionFacts(ReviewYear reviewYear, LocalDateTime now, List<OtherApplication> otherApplicationsInYear,
                              Set<MaterialKind> uploadedMaterials, Optional<String> declaringUnitName)
        implements ValidationContext {

    public SubmissionFacts {
        otherApplicationsInYear = List.copyOf(otherApplicationsInYear);
        uploadedMaterials = Set.copyOf(uploadedMaterials);
    }
}
