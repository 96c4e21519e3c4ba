package cn.zhicheng.domain.model.payment;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 执收单位: who collects the review fee of an office's committees (name and code in the non-tax payment system). */
@Entity
@Table(name = "payment_payee")
@Cacheable
public class Payee {

    @Id
    @Column(name = "office_id")
    private Long officeId;

    @Column(name = "payee_name")
    private String name;

    @Column(name = "payee_code")
    private String code;

    protected Payee() {
    }

    public Long getOfficeId() {
        return officeId;
    }

    public String getName() {
        return name;
    }

    public String getCode() {
        return code;
    }
}
