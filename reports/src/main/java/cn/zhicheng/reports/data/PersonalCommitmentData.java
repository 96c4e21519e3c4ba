package cn.zhicheng.reports.data;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What 《广东省深圳市职称申报承诺书》(个人) prints: a plain JavaBean, because JasperReports' bean data source
 * reads getters, not record accessors. Blank values print as lines to fill in by hand.
 */
public class PersonalCommitmentData implements Serializable {

    private static final long serialVersionUID = 1L;

    private String serialNo;
    private String applicantName;
    private String idTypeLabel;
    private String idNumber;
    private String unitName;
    private String titleName;
    private String specialtyName;
    private LocalDate date;

    public PersonalCommitmentData() {
    }

    public PersonalCommitmentData(String serialNo, String applicantName, String idTypeLabel, String idNumber,
                                  String unitName, String titleName, String specialtyName, LocalDate date) {
        this.serialNo = serialNo;
        this.applicantName = Objects.requireNonNull(applicantName);
        this.idTypeLabel = idTypeLabel;
        this.idNumber = Objects.requireNonNull(idNumber);
        this.unitName = unitName;
        this.titleName = titleName;
        this.specialtyName = specialtyName;
        this.date = Objects.requireNonNull(date);
    }

    /** 业务流水号, so that the signed copy uploaded later can be matched to its application. */
    public String getSerialNo() {
        return serialNo;
    }

    public void setSerialNo(String serialNo) {
        this.serialNo = serialNo;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public void setApplicantName(String applicantName) {
        this.applicantName = applicantName;
    }

    /** 证件类型 as printed, e.g. 居民身份证. */
    public String getIdTypeLabel() {
        return idTypeLabel;
    }

    public void setIdTypeLabel(String idTypeLabel) {
        this.idTypeLabel = idTypeLabel;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    /** 申报单位 (the unit the application is sent to); null while none is chosen. */
    public String getUnitName() {
        return unitName;
    }

    public void setUnitName(String unitName) {
        this.unitName = unitName;
    }

    /** The title applied for with its series, e.g. 工程师(工程技术); null while no specialty is chosen. */
    public String getTitleName() {
        return titleName;
    }

    public void setTitleName(String titleName) {
        this.titleName = titleName;
    }

    /** 评审专业, e.g. 道路桥梁; null while none is chosen. */
    public String getSpecialtyName() {
        return specialtyName;
    }

    public void setSpecialtyName(String specialtyName) {
        this.specialtyName = specialtyName;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    /** The date as an official document writes it: 2021年1月10日. */
    public String getDateText() {
        return date == null ? null : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
