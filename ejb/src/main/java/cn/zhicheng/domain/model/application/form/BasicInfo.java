package cn.zhicheng.domain.model.application.form;

import java.time.LocalDate;

import cn.zhicheng.domain.model.party.IdType;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * 基本信息: who the applicant is and how to reach them. 现参保单位 and its 组织机构码 come from the
 * social-insurance registry and are read-only in the UI.
 */
@Embeddable
public class BasicInfo {

    /** 姓名：必填. */
    @Column(name = "applicant_name", length = 50)
    private String name;

    /** 性别：必填. */
    @Enumerated(EnumType.STRING)
    @Column(name = "gender", length = 10)
    private Gender gender;

    /** 证件类型：必填. */
    @Enumerated(EnumType.STRING)
    @Column(name = "id_type", length = 40)
    private IdType idType;

    /** 证件号码：必填；居民身份证时为18位且校验位正确 (GB 11643). */
    @Column(name = "id_number", length = 30)
    private String idNumber;

    /** 出生日期：居民身份证时由证件号码得出，须一致. */
    @Column(name = "birth_date")
    private LocalDate birthDate;

    /** 联系电话：必填；手机号码(11位)或固定电话(区号-号码). */
    @Column(name = "phone", length = 30)
    private String phone;

    /** 国籍：必填. */
    @Column(name = "nationality", length = 50)
    private String nationality;

    /** 参加工作时间：必填；不晚于今天. */
    @Column(name = "work_start_date")
    private LocalDate workStartDate;

    /** 现参保单位：只读，由社保信息获取. */
    @Column(name = "insured_unit_name", length = 200)
    private String insuredUnitName;

    /** 现参保单位组织机构码：只读，由社保信息获取. */
    @Column(name = "insured_unit_org_code", length = 30)
    private String insuredUnitOrgCode;

    /** 现工作单位：必填. */
    @Column(name = "work_unit", length = 200)
    private String workUnit;

    /** 电子邮箱：选填；填写时须为有效的邮箱地址. */
    @Column(name = "email", length = 100)
    private String email;

    /** 户籍：国籍为中国时必填. */
    @Column(name = "household_registration", length = 100)
    private String householdRegistration;

    /** 民族：国籍为中国时必填. */
    @Column(name = "ethnicity", length = 30)
    private String ethnicity;

    /** 政治面貌：国籍为中国时必填. */
    @Column(name = "political_status", length = 30)
    private String politicalStatus;

    protected BasicInfo() {
    }

    /** 国籍 as the UI offers it for China; 户籍, 民族 and 政治面貌 are required for it. */
    public static final String CHINA = "中国";

    public boolean isChinese() {
        return nationality != null && CHINA.equals(nationality.trim());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this value, to change a few fields. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.draft.copyFrom(this);
        return builder;
    }

    void copyFrom(BasicInfo other) {
        this.name = other.name;
        this.gender = other.gender;
        this.idType = other.idType;
        this.idNumber = other.idNumber;
        this.birthDate = other.birthDate;
        this.phone = other.phone;
        this.nationality = other.nationality;
        this.workStartDate = other.workStartDate;
        this.insuredUnitName = other.insuredUnitName;
        this.insuredUnitOrgCode = other.insuredUnitOrgCode;
        this.workUnit = other.workUnit;
        this.email = other.email;
        this.householdRegistration = other.householdRegistration;
        this.ethnicity = other.ethnicity;
        this.politicalStatus = other.politicalStatus;
    }

    /** 姓名. */
    public String getName() {
        return name;
    }

    /** 性别. */
    public Gender getGender() {
        return gender;
    }

    /** 证件类型. */
    public IdType getIdType() {
        return idType;
    }

    /** 证件号码. */
    public String getIdNumber() {
        return idNumber;
    }

    /** 出生日期. */
    public LocalDate getBirthDate() {
        return birthDate;
    }

    /** 联系电话. */
    public String getPhone() {
        return phone;
    }

    /** 国籍. */
    public String getNationality() {
        return nationality;
    }

    /** 参加工作时间. */
    public LocalDate getWorkStartDate() {
        return workStartDate;
    }

    /** 现参保单位. */
    public String getInsuredUnitName() {
        return insuredUnitName;
    }

    /** 现参保单位组织机构码. */
    public String getInsuredUnitOrgCode() {
        return insuredUnitOrgCode;
    }

    /** 现工作单位. */
    public String getWorkUnit() {
        return workUnit;
    }

    /** 电子邮箱. */
    public String getEmail() {
        return email;
    }

    /** 户籍. */
    public String getHouseholdRegistration() {
        return householdRegistration;
    }

    /** 民族. */
    public String getEthnicity() {
        return ethnicity;
    }

    /** 政治面貌. */
    public String getPoliticalStatus() {
        return politicalStatus;
    }

    /** Collects the fields of a {@link BasicInfo}; a draft may leave any of them empty. */
    public static final class Builder {

        private final BasicInfo draft = new BasicInfo();

        private Builder() {
        }

        /** 姓名. */
        public Builder name(String value) {
            draft.name = value;
            return this;
        }

        /** 性别. */
        public Builder gender(Gender value) {
            draft.gender = value;
            return this;
        }

        /** 证件类型. */
        public Builder idType(IdType value) {
            draft.idType = value;
            return this;
        }

        /** 证件号码. */
        public Builder idNumber(String value) {
            draft.idNumber = value;
            return this;
        }

        /** 出生日期. */
        public Builder birthDate(LocalDate value) {
            draft.birthDate = value;
            return this;
        }

        /** 联系电话. */
        public Builder phone(String value) {
            draft.phone = value;
            return this;
        }

        /** 国籍. */
        public Builder nationality(String value) {
            draft.nationality = value;
            return this;
        }

        /** 参加工作时间. */
        public Builder workStartDate(LocalDate value) {
            draft.workStartDate = value;
            return this;
        }

        /** 现参保单位. */
        public Builder insuredUnitName(String value) {
            draft.insuredUnitName = value;
            return this;
        }

        /** 现参保单位组织机构码. */
        public Builder insuredUnitOrgCode(String value) {
            draft.insuredUnitOrgCode = value;
            return this;
        }

        /** 现工作单位. */
        public Builder workUnit(String value) {
            draft.workUnit = value;
            return this;
        }

        /** 电子邮箱. */
        public Builder email(String value) {
            draft.email = value;
            return this;
        }

        /** 户籍. */
        public Builder householdRegistration(String value) {
            draft.householdRegistration = value;
            return this;
        }

        /** 民族. */
        public Builder ethnicity(String value) {
            draft.ethnicity = value;
            return this;
        }

        /** 政治面貌. */
        public Builder politicalStatus(String value) {
            draft.politicalStatus = value;
            return this;
        }

        public BasicInfo build() {
            BasicInfo built = new BasicInfo();
            built.copyFrom(draft);
            return built;
        }
    }
}
