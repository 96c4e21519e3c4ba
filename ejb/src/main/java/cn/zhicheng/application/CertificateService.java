package cn.zhicheng.application;

import java.util.Optional;

import jakarta.ejb.Local;

import cn.zhicheng.domain.model.certificate.QueryChannel;

/**
 * 电子证书 and 证书查询 (manual chapter 9, SPEC §6): the issued certificate of an application for whoever may see
 * it (the holder, the bureau), its PDF with a QR code of the public verification page, and the public query (no
 * login), rate-limited per client address in the database and recorded.
 */
@Local
public interface CertificateService {

    /** The path of the public verification page; the QR code opens it with {@code ?no=<certificate number>}. */
    String VERIFY_PATH = "/certificate-query/index.xhtml";

    /**
     * The application's certificate, empty while none is issued; an application the caller may not see answers
     * {@link cn.zhicheng.domain.model.application.ApplicationNotFoundException}, as a missing id.
     */
    Optional<CertificateFacts> certificate(long applicationId);

    /**
     * The electronic certificate (PDF, Jasper, embedded Noto Sans SC) with a QR code of {@link #verificationUrl}.
     * Not issued, out of scope or missing: {@code ApplicationNotFoundException} ("未找到该业务").
     *
     * @param baseUrl the application's absolute base URL as the browser reached it (the QR code's host), used unless
     *                the system property {@code zhicheng.public.url} names the public one
     */
    ReportFile certificatePdf(long applicationId, String baseUrl);

    /** The public verification URL of a certificate number (what the QR code holds). */
    String verificationUrl(String certificateNo, String baseUrl);

    /**
     * The public query (no login): every call is counted against the client address's window and recorded, whatever
     * its outcome; a mismatch of any field gets the one neutral {@code NOT_FOUND}.
     *
     * @param channel {@code PAGE} or {@code API}
     */
    CertificateQueryAnswer query(String name, String idNumber, String certificateNo, String clientAddress,
                                 QueryChannel channel);
}
