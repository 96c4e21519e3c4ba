package cn.zhicheng.application.internal;

import java.time.LocalDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import cn.zhicheng.domain.model.application.Application;

/**
 * Certificate numbers: ZC, the review year, then the application's date and daily sequence (the serial number
 * without its item code). Unique because the serial number is, and stable for one application.
 */
@ApplicationScoped
public class CertificateNumbers {

    public String next(Application application, LocalDateTime now) {
        int year = application.getReviewYear() != null ? application.getReviewYear().getYear() : now.getYear();
        return "ZC" + year + application.getSerialNo().substring(3);
    }
}
