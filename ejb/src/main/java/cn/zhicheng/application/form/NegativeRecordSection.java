package cn.zhicheng.application.form;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

import cn.zhicheng.domain.model.application.form.NegativeCircumstance;

/** 工作负面情况说明: the ticked boxes (无上述情况 is one of them) and the two texts. */
public class NegativeRecordSection extends FormSection {

    private static final long serialVersionUID = 1L;

    private List<NegativeCircumstance> circumstances = new ArrayList<>();
    @Size(max = 2000, message = "具体负面情况简要说明不能超过2000个字。")
    private String description;
    @Size(max = 2000, message = "申请人对工作过失的陈述不能超过2000个字。")
    private String applicantStatement;

    public NegativeRecordSection() {
    }

    @Override
    public String label() {
        return "工作负面情况说明";
    }

    /** The ticked boxes (a list, so that a select-many binds to it directly). */
    public List<NegativeCircumstance> getCircumstances() {
        return circumstances;
    }

    public void setCircumstances(List<NegativeCircumstance> circumstances) {
        this.circumstances = circumstances == null ? new ArrayList<>() : new ArrayList<>(circumstances);
    }

    /** 具体负面情况简要说明. */
    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** 申请人对工作过失的陈述. */
    public String getApplicantStatement() {
        return applicantStatement;
    }

    public void setApplicantStatement(String applicantStatement) {
        this.applicantStatement = applicantStatement;
    }
}
