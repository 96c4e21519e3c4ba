package cn.zhicheng.reports;

import java.util.List;
import java.util.Map;

import cn.zhicheng.reports.data.PersonalCommitmentData;

/** 《广东省深圳市职称申报承诺书》(个人): the commitment the applicant prints, signs and uploads (SPEC §4). */
public final class PersonalCommitmentReport {

    public static final String TITLE = "广东省深圳市职称申报承诺书（个人）";

    private PersonalCommitmentReport() {
    }

    /** The filled form as a one-page A4 PDF. */
    public static byte[] render(PersonalCommitmentData data) {
        return PdfRenderer.render("personal-commitment", List.of(data), Map.of());
    }

    /** The download's name: the form's title and the applicant, e.g. 广东省深圳市职称申报承诺书（个人）-张三.pdf. */
    public static String fileName(PersonalCommitmentData data) {
        return TITLE + "-" + data.getApplicantName().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + ".pdf";
    }
}
