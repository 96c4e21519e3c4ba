package cn.zhicheng.reports;

import java.util.List;
import java.util.Map;

import cn.zhicheng.reports.data.CertificateData;

/**
 * 专业技术资格电子证书 (制证, SPEC §6): one landscape A4 page with the holder, the qualification, the committee, the
 * issuer and date, and a QR code of the public verification page (证书查询).
 */
public final class CertificateReport {

    public static final String TITLE = "专业技术资格电子证书";

    private CertificateReport() {
    }

    public static byte[] render(CertificateData data) {
        return PdfRenderer.render("certificate", List.of(data), Map.of());
    }

    /** The download's name, e.g. 专业技术资格电子证书-ZC2020220100001.pdf. */
    public static String fileName(CertificateData data) {
        return TITLE + "-" + data.getCertificateNo().replaceAll("[^0-9A-Za-z]", "_") + ".pdf";
    }
}
