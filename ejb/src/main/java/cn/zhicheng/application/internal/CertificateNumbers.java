package cn.zhicheng.application.internal;

import java.time.LocalDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.zhicheng.domain.model.application.Application;
import cn.zhicheng.domain.model.certificate.CertificateNumber;
import cn.zhicheng.infrastructure.persistence.CertificateCounter;

/**
 * Allocates certificate numbers ({@link CertificateNumber}: ZC + review year + level + committee + the year's
 * 5-digit sequence). Called by the transition path inside the issuing transaction, with the application's row
 * locked: the year's counter row is incremented in that same transaction, so concurrent issues take turns on it, a
 * number is never given twice, and an issue that rolls back gives its number back (the year's numbers have no
 * gaps). {@code application.certificate_no} is UNIQUE besides.
 */
@ApplicationScoped
public class CertificateNumbers {

    @Inject
    CertificateCounter counter;

    public String next(Application application, LocalDateTime now) {
        int year = application.getReviewYear() != null ? application.getReviewYear().getYear() : now.getYear();
        long sequence = counter.next(year);
        return CertificateNumber.of(year, application.getSpecialty().getTitle().getLevel(),
                application.getCommittee().getId(), sequence);
    }
}
