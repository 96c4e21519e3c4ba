package cn.zhicheng.domain.model.application.validation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.zhicheng.domain.model.application.material.MaterialKind;
import cn.zhicheng.domain.model.catalogue.ReviewYear;

/** A plain ValidationContext for tests: a valid submission by default, every answer changeable. */
final class TestContext implements ValidationContext {

    ReviewYear reviewYear = SampleForms.year2020();
    LocalDateTime now = SampleForms.NOW;
    final List<OtherApplication> others = new ArrayList<>();
    final Set<MaterialKind> uploaded =
            EnumSet.of(MaterialKind.PHOTO, MaterialKind.PERSONAL_COMMITMENT, MaterialKind.EDUCATION_PROOF);
    String unitName = SampleForms.WORK_UNIT;
    boolean firstSubmission = true;
    LocalDateTime committeeDeadline;

    @Override
    public boolean firstSubmission() {
        return firstSubmission;
    }

    @Override
    public LocalDateTime committeeDeadline() {
        return committeeDeadline;
    }

    @Override
    public ReviewYear reviewYear() {
        return reviewYear;
    }

    @Override
    public LocalDateTime now() {
        return now;
    }

    @Override
    public List<OtherApplication> otherApplicationsInYear() {
        return others;
    }

    @Override
    public Set<MaterialKind> uploadedMaterials() {
        return uploaded;
    }

    @Override
    public Optional<String> declaringUnitName() {
        return Optional.ofNullable(unitName);
    }
}
