package cn.zhicheng.application.admin;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.io.Serializable;

/** 评委会年度: the application window, the office deadline, the cut-off dates, the announcement (id null: new). */
public class ReviewYearForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Integer year;
    private LocalDateTime applicationStart;
    private LocalDateTime applicationEnd;
    private LocalDateTime officeDeadline;
    private LocalDate seniorityCutoff;
    private LocalDate materialCutoff;
    private LocalDate continuingEducationFrom;
    private String announcementUrl;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDateTime getApplicationStart() {
        return applicationStart;
    }

    public void setApplicationStart(LocalDateTime applicationStart) {
        this.applicationStart = applicationStart;
    }

    public LocalDateTime getApplicationEnd() {
        return applicationEnd;
    }

    public void setApplicationEnd(LocalDateTime applicationEnd) {
        this.applicationEnd = applicationEnd;
    }

    public LocalDateTime getOfficeDeadline() {
        return officeDeadline;
    }

    public void setOfficeDeadline(LocalDateTime officeDeadline) {
        this.officeDeadline = officeDeadline;
    }

    public LocalDate getSeniorityCutoff() {
        return seniorityCutoff;
    }

    public void setSeniorityCutoff(LocalDate seniorityCutoff) {
        this.seniorityCutoff = seniorityCutoff;
    }

    public LocalDate getMaterialCutoff() {
        return materialCutoff;
    }

    public void setMaterialCutoff(LocalDate materialCutoff) {
        this.materialCutoff = materialCutoff;
    }

    public LocalDate getContinuingEducationFrom() {
        return continuingEducationFrom;
    }

    public void setContinuingEducationFrom(LocalDate continuingEducationFrom) {
        this.continuingEducationFrom = continuingEducationFrom;
    }

    public String getAnnouncementUrl() {
        return announcementUrl;
    }

    public void setAnnouncementUrl(String announcementUrl) {
        this.announcementUrl = announcementUrl;
    }
}
