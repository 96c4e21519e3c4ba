package cn.zhicheng.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a certificate states (电子证书, 证书查询): holder, the qualification granted, the committee that reviewed it and
 * who issued it when. {@code idNumber} is whole for the holder and the bureau, masked in the public query's answer.
 */
public record CertificateFacts(String certificateNo, String holderName, String gender, String idNumber,
                               String seriesName, String levelLabel, String titleName, String specialtyName,
                               String committeeName, int reviewYear, String workUnit, String issuer,
                               LocalDate issuedOn, String serialNo) implements Serializable {

    /** 资格名称 as the certificate prints it, e.g. 工程师（交通运输工程）. */
    public String qualification() {
        return titleName + (specialtyName == null ? "" : "（" + specialtyName + "）");
    }
}
