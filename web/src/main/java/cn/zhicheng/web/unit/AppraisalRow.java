package cn.zhicheng.web.unit;

import java.io.Serializable;

/** One row of 单位年度考核情况 while it is being edited (考核年度, 考核结果); the service checks it on 提交. */
public class AppraisalRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer year;
    private String result;

    public AppraisalRow() {
    }

    AppraisalRow(Integer year, String result) {
        this.year = year;
        this.result = result;
    }

    AppraisalRow copy() {
        return new AppraisalRow(year, result);
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }
}
