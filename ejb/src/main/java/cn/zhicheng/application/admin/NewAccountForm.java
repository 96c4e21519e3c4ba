package cn.zhicheng.application.admin;

import cn.zhicheng.domain.model.party.Role;
import java.io.Serializable;

/**
 * A new account of 账户管理: office staff (日常工作部门, with its office), bureau staff, an expert (person name and ID
 * number, committee, optionally the unit, for recusal) or a unit admin (with its unit).
 */
public class NewAccountForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private Role role;
    private String displayName;
    private Long unitId;
    private Long officeId;
    private Long committeeId;
    private String personName;
    private String idNumber;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Long getOfficeId() {
        return officeId;
    }

    public void setOfficeId(Long officeId) {
        this.officeId = officeId;
    }

    public Long getCommitteeId() {
        return committeeId;
    }

    public void setCommitteeId(Long committeeId) {
        this.committeeId = committeeId;
    }

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }
}
