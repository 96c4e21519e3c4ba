package cn.zhicheng.application.form;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import cn.zhicheng.domain.model.application.form.PatentKind;
import cn.zhicheng.domain.model.application.form.PatentType;

/** 学术成果-专利及软件著作权 (PatentAchievement): one row of the form, as the screen edits it. */
public class PatentRow extends FormListRow {

    private static final long serialVersionUID = 1L;

    private PatentType type;
    @Size(max = 200, message = "专利(软件)名称不能超过200个字。")
    private String name;
    private PatentKind patentKind;
    @Size(max = 100, message = "专利号 / 登记号不能超过100个字。")
    private String registrationNo;
    private LocalDate grantDate;
    private Integer rank;
    private Boolean representative;

    public PatentRow() {
    }

    @Override
    public FormList list() {
        return FormList.PATENT;
    }

    /** 成果类别. */
    public PatentType getType() {
        return type;
    }

    public void setType(PatentType type) {
        this.type = type;
    }

    /** 专利(软件)名称. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** 专利类型. */
    public PatentKind getPatentKind() {
        return patentKind;
    }

    public void setPatentKind(PatentKind patentKind) {
        this.patentKind = patentKind;
    }

    /** 专利号 / 登记号. */
    public String getRegistrationNo() {
        return registrationNo;
    }

    public void setRegistrationNo(String registrationNo) {
        this.registrationNo = registrationNo;
    }

    /** 授权(登记)时间. */
    public LocalDate getGrantDate() {
        return grantDate;
    }

    public void setGrantDate(LocalDate grantDate) {
        this.grantDate = grantDate;
    }

    /** 本人排名. */
    public Integer getRank() {
        return rank;
    }

    public void setRank(Integer rank) {
        this.rank = rank;
    }

    /** 是否代表作. */
    public Boolean getRepresentative() {
        return representative;
    }

    public void setRepresentative(Boolean representative) {
        this.representative = representative;
    }
}
