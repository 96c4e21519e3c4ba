package cn.zhicheng.reports.data;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** What the electronic certificate (专业技术资格电子证书) prints: the facts as text and the verification QR code. */
public class CertificateData {

    private String certificateNo;
    private String holderName;
    private String gender;
    private String idNumber;
    private String seriesName;
    private String levelLabel;
    private String qualification;
    private String committeeName;
    private String reviewYearText;
    private String workUnit;
    private String issuer;
    private String issuedOnText;
    private String serialNo;
    private String verifyUrl;
    private byte[] qrCode;

    public String getCertificateNo() {
        return certificateNo;
    }

    public void setCertificateNo(String certificateNo) {
        this.certificateNo = certificateNo;
    }

    public String getHolderName() {
        return holderName;
    }

    public void setHolderName(String holderName) {
        this.holderName = holderName;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getSeriesName() {
        return seriesName;
    }

    public void setSeriesName(String seriesName) {
        this.seriesName = seriesName;
    }

    public String getLevelLabel() {
        return levelLabel;
    }

    public void setLevelLabel(String levelLabel) {
        this.levelLabel = levelLabel;
    }

    public String getQualification() {
        return qualification;
    }

    public void setQualification(String qualification) {
        this.qualification = qualification;
    }

    public String getCommitteeName() {
        return committeeName;
    }

    public void setCommitteeName(String committeeName) {
        this.committeeName = committeeName;
    }

    public String getReviewYearText() {
        return reviewYearText;
    }

    public void setReviewYearText(String reviewYearText) {
        this.reviewYearText = reviewYearText;
    }

    public String getWorkUnit() {
        return workUnit;
    }

    public void setWorkUnit(String workUnit) {
        this.workUnit = workUnit;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getIssuedOnText() {
        return issuedOnText;
    }

    public void setIssuedOnText(String issuedOnText) {
        this.issuedOnText = issuedOnText;
    }

    public String getSerialNo() {
        return serialNo;
    }

    public void setSerialNo(String serialNo) {
        this.serialNo = serialNo;
    }

    public String getVerifyUrl() {
        return verifyUrl;
    }

    public void setVerifyUrl(String verifyUrl) {
        this.verifyUrl = verifyUrl;
    }

    public byte[] getQrCode() {
        return qrCode == null ? null : qrCode.clone();
    }

    public void setQrCode(byte[] qrCode) {
        this.qrCode = qrCode == null ? null : qrCode.clone();
    }

    /** The QR code for the template's image element (a fresh stream per fill). */
    public InputStream getQrCodeImage() {
        return qrCode == null ? null : new ByteArrayInputStream(qrCode);
    }
}
