package cn.zhicheng.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfReader;

import cn.zhicheng.reports.data.CertificateData;

/** 电子证书: the facts as text, one landscape page, only the embedded font; the QR code read off the page is the URL. */
class CertificateReportTest {

    private static final String URL = "http://127.0.0.1:8080/zhicheng/certificate-query/index.xhtml?no=ZC2020220100001";

    static CertificateData hanBei() {
        CertificateData d = new CertificateData();
        d.setCertificateNo("ZC2020220100001");
        d.setHolderName("韩北");
        d.setGender("男");
        d.setIdNumber("440304198411210537");
        d.setSeriesName("工程技术人员");
        d.setLevelLabel("中级");
        d.setQualification("工程师（交通运输工程）");
        d.setCommitteeName("深圳市交通运输专业中级职称评审委员会");
        d.setReviewYearText("2020年度");
        d.setWorkUnit("深圳市示例交通建设有限公司");
        d.setIssuer("深圳市人力资源和社会保障局");
        d.setIssuedOnText("2021年1月10日");
        d.setSerialNo("0032021010700000005");
        d.setVerifyUrl(URL);
        d.setQrCode(QrCode.png(URL, 280));
        return d;
    }

    @Test
    void theCertificateCarriesItsFactsOnOneLandscapePageInTheEmbeddedFont() throws Exception {
        byte[] pdf = CertificateReport.render(hanBei());
        String text = Pdfs.javaText(pdf).replaceAll("\\s+", "");
        for (String expected : new String[] {"专业技术资格证书", "证书编号：ZC2020220100001", "韩北", "440304198411210537",
            "工程技术人员", "中级", "工程师（交通运输工程）", "深圳市交通运输专业中级职称评审委员会", "2020年度",
            "深圳市示例交通建设有限公司", "深圳市人力资源和社会保障局", "发证日期：2021年1月10日"}) {
            assertTrue(text.contains(expected), "missing " + expected + " in:\n" + text);
        }
        assertEquals(Set.of("NotoSansSC-Regular", "NotoSansSC-Bold"), Pdfs.embeddedFontNames(pdf));
        PdfReader reader = new PdfReader(pdf);
        try {
            assertEquals(1, reader.getNumberOfPages());
            assertTrue(reader.getPageSizeWithRotation(1).getWidth() > reader.getPageSizeWithRotation(1).getHeight(), "landscape");
        } finally {
            reader.close();
        }
        assertEquals("专业技术资格电子证书-ZC2020220100001.pdf", CertificateReport.fileName(hanBei()));
    }

    @Test
    void theQrCodeOnTheRenderedPageIsTheVerificationUrl() throws Exception {
        assumeTrue(Pdfs.hasPoppler(), "pdftoppm (poppler-utils) is not installed: the page cannot be rendered here");
        assertEquals(URL, decodePage(CertificateReport.render(hanBei())));
    }

    /** Renders the PDF's first page with pdftoppm and reads the QR code on it with ZXing. */
    static String decodePage(byte[] pdf) throws IOException, InterruptedException, Exception {
        Path dir = Files.createTempDirectory("zhicheng-certificate");
        try {
            Path file = dir.resolve("c.pdf");
            Files.write(file, pdf);
            Process p = new ProcessBuilder("pdftoppm", "-r", "150", "-png", "-singlefile", file.toString(),
                    dir.resolve("page").toString()).redirectErrorStream(true).start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "pdftoppm failed");
            BufferedImage page = ImageIO.read(dir.resolve("page.png").toFile());
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } finally {
            try (var files = Files.list(dir)) {
                files.forEach(f -> f.toFile().delete());
            }
            Files.deleteIfExists(dir);
        }
    }
}
