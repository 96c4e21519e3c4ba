package cn.zhicheng.reports;

/** 《资格评审评前公示情况表》 / 《资格评审评后公示情况表》: one applicant's publicity, to be stamped by the unit and uploaded. */
public final class PublicitySituationReport {

    private PublicitySituationReport() {
    }

    public static String title(boolean pre) {
        return "资格评审" + (pre ? "评前" : "评后") + "公示情况表";
    }

    public static RuledForm form(boolean pre) {
        return new RuledForm(title(pre)).subtitle(pre ? "（评前）" : "（评后）");
    }

    public static String fileName(boolean pre, String applicantName) {
        return FileNames.of(title(pre), applicantName);
    }
}
