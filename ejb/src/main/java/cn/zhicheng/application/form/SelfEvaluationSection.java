package cn.zhicheng.application.form;

import jakarta.validation.constraints.Size;

/** 个人自我评价 (SelfEvaluation): one section of the form, as the screen edits it. */
public class SelfEvaluationSection extends FormSection {

    private static final long serialVersionUID = 1L;

    @Size(max = 200, message = "自评认为具备专业技术工作(能力)条件第几项不能超过200个字。")
    private String abilityItems;
    @Size(max = 200, message = "自评认为具备专业技术业绩成果条件第几项不能超过200个字。")
    private String achievementItems;
    @Size(max = 2000, message = "个人自我评价不能超过2000个字。")
    private String statement;

    public SelfEvaluationSection() {
    }

    @Override
    public String label() {
        return "个人自我评价";
    }

    /** 自评认为具备专业技术工作(能力)条件第几项. */
    public String getAbilityItems() {
        return abilityItems;
    }

    public void setAbilityItems(String abilityItems) {
        this.abilityItems = abilityItems;
    }

    /** 自评认为具备专业技术业绩成果条件第几项. */
    public String getAchievementItems() {
        return achievementItems;
    }

    public void setAchievementItems(String achievementItems) {
        this.achievementItems = achievementItems;
    }

    /** 个人自我评价. */
    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }
}
