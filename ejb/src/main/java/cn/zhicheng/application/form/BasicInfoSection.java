package cn.zhicheng.application.form;

import java.time.LocalDate;

import cn.zhicheng.domain.model.application.form.Gender;
import cn.zhicheng.domain.model.party.IdType;

/** 基本信息 (BasicInfo): one section of the form, as the screen edits it. */
public class BasicInfoSection extends FormSection {

    private static final long serialVersionUID = 1L;

    private String name;
    private Gender gender;
    private IdType idType;
    private String idNumber;
    private LocalDate birthDate;
    private String phone;
    private String nationality;
    private LocalDate workStartDate;
    private String insuredUnitName;
    private String insuredUnitOrgCode;
    private String workUnit;
    private String email;
    private String householdRegistration;
    private String ethnicity;
    private String politicalStatus;

    public BasicInfoSection() {
    }

    @Override
    public String label() {
        return "基本信息";
    }

    /** 姓名. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** 性别. */
    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    /** 证件类型. */
    public IdType getIdType() {
        return idType;
    }

    public void setIdType(IdType idType) {
        this.idType = idType;
    }

    /** 证件号码. */
    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    /** 出生日期. */
    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    /** 联系电话. */
    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    /** 国籍. */
    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    /** 参加工作时间. */
    public LocalDate getWorkStartDate() {
        return workStartDate;
    }

    public void setWorkStartDate(LocalDate workStartDate) {
        this.workStartDate = workStartDate;
    }

    /** 现参保单位. */
    public String getInsuredUnitName() {
        return insuredUnitName;
    }

    public void setInsuredUnitName(String insuredUnitName) {
        this.insuredUnitName = insuredUnitName;
    }

    /** 现参保单位组织机构码. */
    public String getInsuredUnitOrgCode() {
        return insuredUnitOrgCode;
    }

    public void setInsuredUnitOrgCode(String insuredUnitOrgCode) {
        this.insuredUnitOrgCode = insuredUnitOrgCode;
    }

    /** 现工作单位. */
    public String getWorkUnit() {
        return workUnit;
    }

    public void setWorkUnit(String workUnit) {
        this.workUnit = workUnit;
    }

    /** 电子邮箱. */
    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /** 户籍. */
    public String getHouseholdRegistration() {
        return householdRegistration;
    }

    public void setHouseholdRegistration(String householdRegistration) {
        this.householdRegistration = householdRegistration;
    }

    /** 民族. */
    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    /** 政治面貌. */
    public String getPoliticalStatus() {
        return politicalStatus;
    }

    public void setPoliticalStatus(String politicalStatus) {
        this.politicalStatus = politicalStatus;
    }
}
