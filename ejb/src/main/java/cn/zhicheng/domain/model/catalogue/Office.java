package cn.zhicheng.domain.model.catalogue;

import jakarta.persistence.GenerationType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 日常工作部门 (评委会办公室): the office that runs a committee's audits and meetings. */
@Entity
@Table(name = "office")
@Cacheable
public class Office {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    private String name;

    private String phone;

    private String address;

    protected Office() {
    }

    public Office(Long id, String name) {
        this.id = id;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    /** Administration: name and contact. */
    public void change(String newName, String newPhone, String newAddress) {
        this.name = newName;
        this.phone = newPhone;
        this.address = newAddress;
    }
}
