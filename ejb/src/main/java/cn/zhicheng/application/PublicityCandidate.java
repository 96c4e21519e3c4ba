package cn.zhicheng.application;

import java.io.Serializable;

/**
 * One row of 打印评前公示名单 / 打印评后公示名单 (manual chapter 4): the applicant as the publicity list prints them,
 * every value already as text, and whether they have been printed on a list of that stage.
 */
public record PublicityCandidate(long applicationId, String serialNo, boolean printed, String name, String gender,
                                 String birthMonth, String highestEducation, String graduationMonth,
                                 String currentQualification, String obtainedMonth, String specialty, String titleName,
                                 String declarationType) implements Serializable {

    /** The list's ten columns after 序号, in print order. */
    public String[] cells() {
        return new String[] {name, gender, birthMonth, highestEducation, graduationMonth, currentQualification,
            obtainedMonth, specialty, titleName, declarationType};
    }
}
