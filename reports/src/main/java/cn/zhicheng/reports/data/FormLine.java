package cn.zhicheng.reports.data;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One ruled row of an official form: the section it belongs to, the layout that prints it (a table's columns,
 * {@code FACTS} label/value pairs, {@code TEXT}, {@code SIGN}, {@code EMPTY}) and its cells in column order.
 * A JavaBean because JasperReports' bean data source reads getters.
 */
public class FormLine implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_CELLS = 11;

    private final String section;
    private final String sectionTitle;
    private final String layout;
    private final String[] cells;

    public FormLine(String section, String sectionTitle, String layout, String... cells) {
        if (cells.length > MAX_CELLS) {
            throw new IllegalArgumentException("at most " + MAX_CELLS + " cells: " + layout);
        }
        this.section = section;
        this.sectionTitle = sectionTitle;
        this.layout = layout;
        this.cells = Arrays.copyOf(cells, MAX_CELLS);
    }

    /** The group key: the section's position and title (two sections may share a title). */
    public String getSection() {
        return section;
    }

    public String getSectionTitle() {
        return sectionTitle;
    }

    public String getLayout() {
        return layout;
    }

    public String cell(int i) {
        return cells[i - 1];
    }

    public String getC1() {
        return cells[0];
    }

    public String getC2() {
        return cells[1];
    }

    public String getC3() {
        return cells[2];
    }

    public String getC4() {
        return cells[3];
    }

    public String getC5() {
        return cells[4];
    }

    public String getC6() {
        return cells[5];
    }

    public String getC7() {
        return cells[6];
    }

    public String getC8() {
        return cells[7];
    }

    public String getC9() {
        return cells[8];
    }

    public String getC10() {
        return cells[9];
    }

    public String getC11() {
        return cells[10];
    }
}
