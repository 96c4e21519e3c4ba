package cn.zhicheng.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The notice above a publicity list (查看报表's form): the period and where objections go. Any field may stay empty:
 * the printed notice then leaves a line to fill in by hand.
 */
public class PublicityNotice implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate start;
    private LocalDate end;
    private String department;
    private String contactName;
    private String phone;
    private String address;
    private String postcode;

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    /** 单位部门. */
    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    /** 联系人. */
    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    /** 联系电话（传真）. */
    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    /** 联系地址. */
    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    /** 邮政编码. */
    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }
}
