package cn.zhicheng.domain.model.decision;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

/** 制证: the certificate number allocated when the certificate was issued. */
@Entity
@Table(name = "decision_certificate")
@PrimaryKeyJoinColumn(name = "id")
@DiscriminatorValue("CERTIFICATE")
public class CertificateRecord extends DecisionRecord {

    @Column(name = "certificate_no", nullable = false, updatable = false, length = 40)
    private String certificateNo;

    protected CertificateRecord() {
    }

    public CertificateRecord(Header header, String certificateNo) {
        super(header);
        this.certificateNo = certificateNo;
    }

    public String getCertificateNo() {
        return certificateNo;
    }
}
