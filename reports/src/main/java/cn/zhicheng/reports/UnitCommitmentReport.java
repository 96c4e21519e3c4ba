package cn.zhicheng.reports;

import java.util.List;
import java.util.Map;

import cn.zhicheng.reports.data.PersonalCommitmentData;

/**
 * 《广东省深圳市职称申报承诺书》(单位): the declaring unit vouches for its applicant (SPEC §5); printed at 单位审核,
 * stamped and signed, and uploaded before the unit approves. Same facts as the personal one.
 */
public final class UnitCommitmentReport {

    public static final String TITLE = "广东省深圳市职称申报承诺书（单位）";

    private UnitCommitmentReport() {
    }

    public static byte[] render(PersonalCommitmentData data) {
        return PdfRenderer.render("unit-commitment", List.of(data), Map.of());
    }

    public static String fileName(PersonalCommitmentData data) {
        return FileNames.of(TITLE, data.getApplicantName());
    }
}
