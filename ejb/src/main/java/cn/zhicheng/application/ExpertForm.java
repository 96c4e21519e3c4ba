package cn.zhicheng.application;

import java.io.Serializable;
import java.time.LocalDate;

import cn.zhicheng.domain.model.catalogue.TitleLevel;

/**
 * A pool member as the office enters it (专家库): who, the unit with its organisation code, specialty, title level,
 * term of office, and, for a new member, the account's user name and initial password (changed at the first login).
 */
public class ExpertForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long committeeId;
    private String name;
    private String idNumber;
    private String phone;
    private String unitName;
    private String unitOrgCode;
    private String specialty;
    private TitleLevel titleLevel;
    private LocalDate termStart;
    private LocalDate termEnd;
    private String username;
    private String initialPassword;

    public Long getCommitteeId() {
        return committeeId;
    }

    public void setCommitteeId(Long committeeId) {
        this.committeeId = committeeId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getUnitName() {
        return unitName;
    }

    public void setUnitName(String unitName) {
        this.unitName = unitName;
    }

    public String getUnitOrgCode() {
        return unitOrgCode;
    }

    public void setUnitOrgCode(String unitOrgCode) {
        this.unitOrgCode = unitOrgCode;
    }

    public String getSpecialty() {
        return specialty;
    }

    public void setSpecialty(String specialty) {
        this.specialty = specialty;
    }

    public TitleLevel getTitleLevel() {
        return titleLevel;
    }

    public void setTitleLevel(TitleLevel titleLevel) {
        this.titleLevel = titleLevel;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public void setTermStart(LocalDate termStart) {
        this.termStart = termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public void setTermEnd(LocalDate termEnd) {
        this.termEnd = termEnd;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }
}
