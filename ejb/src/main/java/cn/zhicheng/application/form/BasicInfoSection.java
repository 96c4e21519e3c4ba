package cn.zhicheng.application.form;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import cn.zhicheng.domain.model.application.form.Gender;
import cn.zhicheng.domain.model.party.IdType;

/** 基本信息 (BasicInfo): one section of the form, as the screen edits it. */
public class BasicInfoSection extends FormSection {

    private static final long serialVersionUID = 1L;

    @Size(max = 50, message = "姓名不能超过50个字。")
    private String name;
    private Gender gender;
    private IdType idType;
    @Size(max = 30, message = "证件号码不能超过30个字。")
    private String idNumber;
    private LocalDate birthDate;
    @Size(max = 30, message = "联系电话不能超过30个字。")
    private String phone;
    @Size(max = 50, message = "国籍不能超过50个字。")
    private String nationality;
    private LocalDate workStartDate;
    @Size(max = 200, message = "现参保单位不能超过200个字。")
    private String insuredUnitName;
    @Size(max = 30, message = "现参保单位组织机构码不能超过30个字。")
    private String insuredUnitOrgCode;
    @Size(max = 200, message = "现工作单位不能超过200个字。")
    private String workUnit;
    @Size(max = 100, message = "电子邮箱不能超过100个字。")
    private String email;
    @Size(max = 100, message = "户籍不能超过100个字。")
    private String householdRegistration;
    @Size(max = 30, message = "民族不能超过30个字。")
    private String ethnicity;
    @Size(max = 30, message = "政治面貌不能超过30个字。")
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
