package cn.zhicheng.reports;

/** 《广东省深圳市职称破格申报推荐表》: required with a 破格申报; filled from the application, signed by the unit. */
public final class ExceptionalRecommendationReport {

    public static final String TITLE = "广东省深圳市职称破格申报推荐表";

    private ExceptionalRecommendationReport() {
    }

    public static RuledForm form() {
        return new RuledForm(TITLE);
    }

    public static String fileName(String applicantName) {
        return FileNames.of(TITLE, applicantName);
    }
}
