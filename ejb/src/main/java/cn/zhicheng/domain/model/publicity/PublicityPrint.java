package cn.zhicheng.domain.model.publicity;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An applicant printed on a publicity list (评前 or 评后): the list's 打印状态 已打印 (manual chapter 4). */
@Entity
@Table(name = "publicity_print")
public class PublicityPrint {

    public static final String PRE = "PRE";
    public static final String POST = "POST";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(nullable = false, updatable = false, length = 4)
    private String stage;

    @Column(name = "first_printed_at", nullable = false, updatable = false)
    private LocalDateTime firstPrintedAt;

    @Column(name = "last_printed_at", nullable = false)
    private LocalDateTime lastPrintedAt;

    @Column(name = "printed_by", nullable = false, length = 60)
    private String printedBy;

    @Column(name = "print_count", nullable = false)
    private int printCount;

    protected PublicityPrint() {
    }

    public PublicityPrint(Long applicationId, String stage, LocalDateTime at, String by) {
        this.applicationId = applicationId;
        this.stage = stage;
        this.firstPrintedAt = at;
        this.lastPrintedAt = at;
        this.printedBy = by;
        this.printCount = 1;
    }

    /** Printed once more (a list printed again). */
    public void printedAgain(LocalDateTime at, String by) {
        this.lastPrintedAt = at;
        this.printedBy = by;
        this.printCount++;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getStage() {
        return stage;
    }

    public LocalDateTime getFirstPrintedAt() {
        return firstPrintedAt;
    }

    public LocalDateTime getLastPrintedAt() {
        return lastPrintedAt;
    }

    public int getPrintCount() {
        return printCount;
    }
}
