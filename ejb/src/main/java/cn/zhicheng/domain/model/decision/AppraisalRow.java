package cn.zhicheng.domain.model.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One row of 单位年度考核情况: a year and its result. */
@Embeddable
public class AppraisalRow {

    @Column(name = "appraisal_year")
    private int year;

    @Column(length = 40)
    private String result;

    protected AppraisalRow() {
    }

    public AppraisalRow(int year, String result) {
        this.year = year;
        this.result = result;
    }

    public int getYear() {
        return year;
    }

    public String getResult() {
        return result;
    }
}
