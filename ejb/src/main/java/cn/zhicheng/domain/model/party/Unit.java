package cn.zhicheng.domain.model.party;

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
