package cn.zhicheng.application.admin;

import java.io.Serializable;

/** 评委会, its 日常工作部门 and its number of members (id null: new). */
public class CommitteeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String name;
    private Long officeId;
    private String officeName;
    private int memberCount;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getOfficeId() {
        return officeId;
    }

    public void setOfficeId(Long officeId) {
        this.officeId = officeId;
    }

    public String getOfficeName() {
        return officeName;
    }

    public void setOfficeName(String officeName) {
        this.officeName = officeName;
    }

    public int getMemberCount() {
        return memberCount;
    }

    public void setMemberCount(int memberCount) {
        this.memberCount = memberCount;
    }
}
