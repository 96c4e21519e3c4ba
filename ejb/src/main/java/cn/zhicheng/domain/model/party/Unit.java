package cn.zhicheng.domain.model.party;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** 单位: an employer that reviews and publicises the applications sent to it. */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    @SequenceGenerator(name = "zc_seq", sequenceName = "zc_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    private String name;

    @Column(name = "org_code")
    private String orgCode;

    private String address;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "contact_name")
    private String contactName;

    private String fax;

    private String postcode;

    private String email;

    @Column(name = "contact_updated_by")
    private String contactUpdatedBy;

    @Column(name = "contact_updated_at")
    private LocalDateTime contactUpdatedAt;

    protected Unit() {
    }

    public Unit(String name, String orgCode) {
        this.name = name;
        this.orgCode = orgCode;
    }

    public void describe(String address, String contactPhone) {
        this.address = address;
        this.contactPhone = contactPhone;
    }

    /** 单位信息: the contact data the unit's admin keeps (name and organisation code are the registration's). */
    public void updateContact(String contactName, String contactPhone, String fax, String address, String postcode,
                              String email, String by, LocalDateTime at) {
        this.contactName = contactName;
        this.contactPhone = contactPhone;
        this.fax = fax;
        this.address = address;
        this.postcode = postcode;
        this.email = email;
        this.contactUpdatedBy = by;
        this.contactUpdatedAt = at;
    }

    public String getContactName() {
        return contactName;
    }

    public String getFax() {
        return fax;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getEmail() {
        return email;
    }

    public String getContactUpdatedBy() {
        return contactUpdatedBy;
    }

    public LocalDateTime getContactUpdatedAt() {
        return contactUpdatedAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getOrgCode() {
        return orgCode;
    }

    public String getAddress() {
        return address;
    }

    public String getContactPhone() {
        return contactPhone;
    }
}
