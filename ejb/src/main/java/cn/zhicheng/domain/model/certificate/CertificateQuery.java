package cn.zhicheng.domain.model.certificate;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One public certificate query (page or JSON endpoint), as asked and as answered; the ID number masked. Append-only. */
@Entity
@Table(name = "certificate_query")
public class CertificateQuery {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    @Column(name = "queried_at", nullable = false, updatable = false)
    private LocalDateTime queriedAt;

    @Column(name = "client_address", nullable = false, updatable = false, length = 64)
    private String clientAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private QueryChannel channel;

    @Column(name = "holder_name", updatable = false, length = 50)
    private String holderName;

    @Column(name = "id_number_masked", updatable = false, length = 30)
    private String idNumberMasked;

    @Column(name = "certificate_no", updatable = false, length = 40)
    private String certificateNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private CertificateQueryOutcome outcome;

    @Column(name = "application_id", updatable = false)
    private Long applicationId;

    protected CertificateQuery() {
    }

    public CertificateQuery(LocalDateTime queriedAt, String clientAddress, QueryChannel channel, String holderName,
                            String idNumberMasked, String certificateNo, CertificateQueryOutcome outcome,
                            Long applicationId) {
        this.queriedAt = queriedAt;
        this.clientAddress = cut(clientAddress, 64);
        this.channel = channel;
        this.holderName = cut(holderName, 50);
        this.idNumberMasked = cut(idNumberMasked, 30);
        this.certificateNo = cut(certificateNo, 40);
        this.outcome = outcome;
        this.applicationId = applicationId;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** An ID number as the query page shows and the log keeps it: the first 6 and the last 4 characters. */
    public static String mask(String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            return null;
        }
        String id = idNumber.strip();
        if (id.length() <= 10) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getQueriedAt() {
        return queriedAt;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public QueryChannel getChannel() {
        return channel;
    }

    public CertificateQueryOutcome getOutcome() {
        return outcome;
    }

    public Long getApplicationId() {
        return applicationId;
    }
}
