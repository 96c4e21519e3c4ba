package cn.zhicheng.infrastructure.registry;

import java.util.Optional;

/** 学信 (education certificate) registry: 学历证书编号 → the certificate's facts. */
public interface EducationRegistry {

    /** The certificate with this number; empty when unknown or blank. */
    Optional<EducationRecord> findByCertificateNo(String certificateNo);
}
