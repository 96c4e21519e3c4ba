package cn.zhicheng.reports.data;

import java.io.Serializable;

/** 基本信息 of 《职称评审申报人情况登记表》: the head of the form beside the photo, every value already as text. */
public class RegistrationHead implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String gender;
    private String idType;
    private String idNumber;
    private String birthDate;
    private String nationality;
    private String ethnicity;
    private String politicalStatus;
    private String householdRegistration;
    private String workStartDate;
    private String phone;
    private String email;
    private String workUnit;
    private String insuredUnitName;
    private String insuredUnitOrgCode;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public String getIdType() {
        return idType;
    }

    public void setIdType(String idType) {
        this.idType = idType;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(String birthDate) {
        this.birthDate = birthDate;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    public String getPoliticalStatus() {
        return politicalStatus;
    }

    public void setPoliticalStatus(String politicalStatus) {
        this.politicalStatus = politicalStatus;
    }

    public String getHouseholdRegistration() {
        return householdRegistration;
    }

    public void setHouseholdRegistration(String householdRegistration) {
        this.householdRegistration = householdRegistration;
    }

    public String getWorkStartDate() {
        return workStartDate;
    }

    public void setWorkStartDate(String workStartDate) {
        this.workStartDate = workStartDate;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWorkUnit() {
        return workUnit;
    }

    public void setWorkUnit(String workUnit) {
        this.workUnit = workUnit;
    }

    public String getInsuredUnitName() {
        return insuredUnitName;
    }

    public void setInsuredUnitName(String insuredUnitName) {
        this.insuredUnitName = insuredUnitName;
    }

    public String getInsuredUnitOrgCode() {
        return insuredUnitOrgCode;
    }

    public void setInsuredUnitOrgCode(String insuredUnitOrgCode) {
        this.insuredUnitOrgCode = insuredUnitOrgCode;
    }
}
