package cn.zhicheng.application;

import java.io.Serializable;

/** 单位信息's contact data, as the admin edits it (a form DTO: the service checks every field). */
public class UnitContact implements Serializable {

    private static final long serialVersionUID = 1L;

    private String contactName;
    private String contactPhone;
    private String fax;
    private String address;
    private String postcode;
    private String email;

    public UnitContact() {
    }

    public UnitContact(String contactName, String contactPhone, String fax, String address, String postcode,
                       String email) {
        this.contactName = contactName;
        this.contactPhone = contactPhone;
        this.fax = fax;
        this.address = address;
        this.postcode = postcode;
        this.email = email;
    }

    public UnitContact copy() {
        return new UnitContact(contactName, contactPhone, fax, address, postcode, email);
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getFax() {
        return fax;
    }

    public void setFax(String fax) {
        this.fax = fax;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
