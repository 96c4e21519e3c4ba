package cn.zhicheng.domain.model.catalogue;

import jakarta.persistence.GenerationType;
import jakarta.persistence.GeneratedValue;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 评委会年度: the application window, the deadline for sending applications to the offices, and the cut-off
 * dates that rules compare against (资历年限, 材料时效, 继续教育).
 */
@Entity
@Table(name = "review_year")
public class ReviewYear {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    @Column(name = "review_year")
    private int year;

    @Column(name = "application_start")
    private LocalDateTime applicationStart;

    @Column(name = "application_end")
    private LocalDateTime applicationEnd;

    @Column(name = "office_deadline")
    private LocalDateTime officeDeadline;

    @Column(name = "seniority_cutoff")
    private LocalDate seniorityCutoff;

    @Column(name = "material_cutoff")
    private LocalDate materialCutoff;

    @Column(name = "continuing_education_from")
    private LocalDate continuingEducationFrom;

    @Column(name = "announcement_url")
    private String announcementUrl;

    protected ReviewYear() {
    }

    public ReviewYear(Long id, int year, LocalDateTime applicationStart, LocalDateTime applicationEnd,
                      LocalDateTime officeDeadline, LocalDate seniorityCutoff, LocalDate materialCutoff,
                      LocalDate continuingEducationFrom) {
        this.id = id;
        this.year = year;
        this.applicationStart = applicationStart;
        this.applicationEnd = applicationEnd;
        this.officeDeadline = officeDeadline;
        this.seniorityCutoff = seniorityCutoff;
        this.materialCutoff = materialCutoff;
        this.continuingEducationFrom = continuingEducationFrom;
    }

    public boolean isOpenAt(LocalDateTime moment) {
        return !moment.isBefore(applicationStart) && moment.isBefore(applicationEnd);
    }

    public boolean isPastOfficeDeadline(LocalDateTime moment) {
        return !moment.isBefore(officeDeadline);
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public LocalDateTime getApplicationStart() {
        return applicationStart;
    }

    public LocalDateTime getApplicationEnd() {
        return applicationEnd;
    }

    public LocalDateTime getOfficeDeadline() {
        return officeDeadline;
    }

    public LocalDate getSeniorityCutoff() {
        return seniorityCutoff;
    }

    public LocalDate getMaterialCutoff() {
        return materialCutoff;
    }

    public LocalDate getContinuingEducationFrom() {
        return continuingEducationFrom;
    }

    public String getAnnouncementUrl() {
        return announcementUrl;
    }

    /** Administration: the window, the deadline, the cut-off dates and the announcement. */
    public void change(int newYear, LocalDateTime start, LocalDateTime end, LocalDateTime deadline,
                       LocalDate seniority, LocalDate material, LocalDate continuingEducation, String announcement) {
        this.year = newYear;
        this.applicationStart = start;
        this.applicationEnd = end;
        this.officeDeadline = deadline;
        this.seniorityCutoff = seniority;
        this.materialCutoff = material;
        this.continuingEducationFrom = continuingEducation;
        this.announcementUrl = announcement;
    }

    /** Whether the application windows [start, end) of two years overlap. */
    public boolean windowOverlaps(LocalDateTime start, LocalDateTime end) {
        return start.isBefore(applicationEnd) && applicationStart.isBefore(end);
    }
}
