package cn.zhicheng.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import cn.zhicheng.reports.data.PaymentNoticeData;

/** 缴费通知书: every field of the order as text, one page, the embedded font; the QR code reads back as the cashier's URL. */
class PaymentNoticeReportTest {

    private static final String URL = "http://127.0.0.1:8080/zhicheng/payment-platform/pay.xhtml?order=003202101100000000401";

    private static PaymentNoticeData wangWu() {
        PaymentNoticeData d = new PaymentNoticeData();
        d.setOrderNo("003202101100000000401");
        d.setSerialNo("0032021011000000004");
        d.setSummary("高级会计师(会计)");
        d.setPayeeName("深圳市会计专业职称评审委员会办公室");
        d.setPayeeCode("440300104001");
        d.setPayerName("王五");
        d.setPayerPhone("13800000003");
        d.setAmountText("￥500.00元");
        d.setCreatedAtText("2021-01-10 09:01:40");
        d.setDeadlineText("2021-01-17 09:01:40");
        d.setPaidAtText("—");
        d.setStatusLabel("未缴费");
        d.setPayUrl(URL);
        d.setQrCode(QrCode.png(URL, 300));
        d.setPrintedAtText("2021-01-10 09:02:00");
        return d;
    }

    @Test
    void theNoticeCarriesEveryFieldOfTheOrder() throws Exception {
        byte[] pdf = PaymentNoticeReport.render(wangWu());
        String text = Pdfs.javaText(pdf);
        for (String expected : new String[] {"职称评审费缴费通知书", "执收单位名称", "深圳市会计专业职称评审委员会办公室", "执收单位编码",
            "440300104001", "缴费通知书号码", "003202101100000000401", "订单生成时间", "2021-01-10 09:01:40", "截止缴费时间",
            "2021-01-17 09:01:40", "缴费时间", "实收费用", "￥500.00元", "缴款人", "王五", "联系电话", "13800000003", "缴费总金额",
            "缴费状态", "未缴费", "高级会计师(会计)"}) {
            assertTrue(text.contains(expected), "missing " + expected + " in:\n" + text);
        }
        assertEquals(Set.of("NotoSansSC-Regular", "NotoSansSC-Bold"), Pdfs.embeddedFontNames(pdf));
        assertEquals("职称评审费缴费通知书-003202101100000000401.pdf", PaymentNoticeReport.fileName(wangWu()));
    }

    @Test
    void pdftotextReadsTheChineseText() throws Exception {
        assumeTrue(Pdfs.hasPoppler(), "pdftotext (poppler-utils) is not installed: only the Java-side extraction ran");
        String text = Pdfs.pdftotext(PaymentNoticeReport.render(wangWu()));
        assertTrue(text.contains("缴费通知书号码") && text.contains("王五") && text.contains("440300104001"), text);
    }

    @Test
    void theQrCodeDecodesToTheCashiersAddress() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCode.png(URL, 240)));
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
        assertEquals(URL, decoded);
    }
}
