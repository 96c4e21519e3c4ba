package cn.zhicheng.reports;

import cn.zhicheng.reports.data.RegistrationHead;

/**
 * 《职称评审申报人情况登记表》: 基本信息 with the photo at the head (a framed blank 照片 box when there is none),
 * then every other section of the application as the {@link RuledForm} the caller filled.
 */
public final class RegistrationFormReport {

    public static final String TITLE = "职称评审申报人情况登记表";

    private RegistrationFormReport() {
    }

    public static RuledForm form() {
        return new RuledForm(TITLE);
    }

    public static byte[] render(RuledForm form, RegistrationHead head, byte[] photo) {
        return form.renderRegistration(head, photo);
    }

    /** e.g. 职称评审申报人情况登记表-张三.pdf. */
    public static String fileName(String applicantName) {
        return FileNames.of(TITLE, applicantName);
    }
}
