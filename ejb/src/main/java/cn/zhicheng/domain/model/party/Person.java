package cn.zhicheng.domain.model.party;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A real-name individual (实名用户): owns applications and a material library. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_type")
    private IdType idType;

    @Column(name = "id_number")
    private String idNumber;

    private String gender;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    private String phone;

    private String email;

    @Column(name = "address")
    private String address;

    protected Person() {
    }

    public Person(String name, IdType idType, String idNumber) {
        this.name = name;
        this.idType = idType;
        this.idNumber = idNumber;
        if (idType == IdType.RESIDENT_ID && ResidentId.isValid(idNumber)) {
            this.birthDate = ResidentId.birthDate(idNumber);
            this.gender = ResidentId.gender(idNumber);
        }
    }

    public void updateContact(String phone, String email) {
        this.phone = phone;
        this.email = email;
    }

    /** 个人信息: the contact details the person keeps up to date (name and ID are the real-name registration's). */
    public void updateContact(String phone, String email, String address) {
        updateContact(phone, email);
        this.address = address;
    }

    public String getAddress() {
        return address;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public IdType getIdType() {
        return idType;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getGender() {
        return gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }
}
