package cn.zhicheng.domain.model.decision;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

/** 单位审核通过: the unit review dialog's fields, with the annual appraisals as rows. */
@Entity
@Table(name = "decision_unit_review")
@PrimaryKeyJoinColumn(name = "id")
@DiscriminatorValue("UNIT_REVIEW")
public class UnitReviewRecord extends DecisionRecord {

    @Column(name = "continuing_education_opinion", updatable = false, length = 1000)
    private String continuingEducationOpinion;

    @Column(name = "negative_opinion", updatable = false, length = 1000)
    private String negativeCircumstancesOpinion;

    @Column(updatable = false, length = 4000)
    private String evaluation;

    @Column(name = "exam_instead_of_review", updatable = false)
    private boolean examInsteadOfReview;

    @ElementCollection
    @CollectionTable(name = "decision_appraisal", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    private List<AppraisalRow> appraisals = new ArrayList<>();

    protected UnitReviewRecord() {
    }

    public UnitReviewRecord(Header header, String continuingEducationOpinion, String negativeCircumstancesOpinion,
                            String evaluation, boolean examInsteadOfReview, List<AppraisalRow> appraisals) {
        super(header);
        this.continuingEducationOpinion = continuingEducationOpinion;
        this.negativeCircumstancesOpinion = negativeCircumstancesOpinion;
        this.evaluation = evaluation;
        this.examInsteadOfReview = examInsteadOfReview;
        this.appraisals = new ArrayList<>(appraisals);
    }

    public String getContinuingEducationOpinion() {
        return continuingEducationOpinion;
    }

    public String getNegativeCircumstancesOpinion() {
        return negativeCircumstancesOpinion;
    }

    public String getEvaluation() {
        return evaluation;
    }

    public boolean isExamInsteadOfReview() {
        return examInsteadOfReview;
    }

    public List<AppraisalRow> getAppraisals() {
        return List.copyOf(appraisals);
    }
}
