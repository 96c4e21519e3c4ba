package cn.zhicheng.reports;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.zhicheng.reports.data.FormLine;
import cn.zhicheng.reports.data.RegistrationHead;

/**
 * An official form as ruled tables (templates {@code ruled-form} and {@code registration-form}, written by
 * {@code src/build/ruled-forms.py}): a title, optionally a notice text, then sections in order, each a title bar
 * and its rows. A table section's column headings are the template's, chosen by the layout name; the section's
 * header is repeated on every page the section runs over, and every page is numbered 第 N 页，共 M 页.
 */
public final class RuledForm {

    /** Table layouts of the templates (their columns are fixed there). */
    public static final String EDUCATION = "EDUCATION";
    public static final String WORK_EXPERIENCE = "WORK_EXPERIENCE";
    public static final String ORGANISATION_POST = "ORGANISATION_POST";
    public static final String FURTHER_STUDY = "FURTHER_STUDY";
    public static final String CONTINUING_EDUCATION = "CONTINUING_EDUCATION";
    public static final String PROJECT = "PROJECT";
    public static final String AWARD = "AWARD";
    public static final String PUBLICATION = "PUBLICATION";
    public static final String PATENT = "PATENT";
    public static final String ANNUAL_ASSESSMENT = "ANNUAL_ASSESSMENT";
    public static final String PUBLICITY = "PUBLICITY";

    private final String title;
    private String subtitle;
    private String meta;
    private String runningHead;
    private String intro;
    private String introSign;
    private final List<FormLine> lines = new ArrayList<>();
    private String section;
    private String sectionTitle;
    private int sections;

    public RuledForm(String title) {
        this.title = title;
    }

    public RuledForm subtitle(String text) {
        this.subtitle = text;
        return this;
    }

    /** Small print at the top right of the first page (e.g. 业务流水号, print date). */
    public RuledForm meta(String text) {
        this.meta = text;
        return this;
    }

    /** Small print at the top right of every further page (the form and whom it is about). */
    public RuledForm runningHead(String text) {
        this.runningHead = text;
        return this;
    }

    /** A notice above the tables, and its signature block at the right (unit, date). */
    public RuledForm intro(String text, String signature) {
        this.intro = text;
        this.introSign = signature;
        return this;
    }

    public RuledForm section(String title) {
        sections++;
        section = String.format("%02d %s", sections, title);
        sectionTitle = title;
        return this;
    }

    /** Two label/value pairs side by side; a pair with a null label leaves its half empty. */
    public RuledForm facts(String label1, String value1, String label2, String value2) {
        return line("FACTS", label1, value1, label2, value2);
    }

    /** One label and its value across the row. */
    public RuledForm fact(String label, String value) {
        return line("FACT", label, value);
    }

    /** A label and a longer text, top-aligned, at least two lines high. */
    public RuledForm text(String label, String value) {
        return line("TEXT", label, value);
    }

    /** A box across the row: the statement at the top, the signature line (签名/盖章, 年 月 日) at its bottom right. */
    public RuledForm sign(String statement, String signature) {
        return line("SIGN", statement, signature);
    }

    /** One row across the table saying that there is nothing (e.g. 无). */
    public RuledForm none(String text) {
        return line("EMPTY", text);
    }

    /** The rows of a table layout; an empty list prints one row 无. */
    public RuledForm table(String layout, List<String[]> rows) {
        if (rows.isEmpty()) {
            return line("EMPTY", "无");
        }
        for (String[] row : rows) {
            line(layout, row);
        }
        return this;
    }

    private RuledForm line(String layout, String... cells) {
        if (section == null) {
            throw new IllegalStateException("a line before the first section");
        }
        lines.add(new FormLine(section, sectionTitle, layout, cells));
        return this;
    }

    public List<FormLine> lines() {
        return List.copyOf(lines);
    }

    /** The form as an A4 PDF in the generic ruled template. */
    public byte[] render() {
        return PdfRenderer.render("ruled-form", lines, parameters());
    }

    /** The form headed by 基本信息 and the photo (JPEG or PNG bytes; null: a framed blank box 照片). */
    byte[] renderRegistration(RegistrationHead head, byte[] photo) {
        Map<String, Object> parameters = parameters();
        parameters.put("HEAD", head);
        if (photo != null && photo.length > 0) {
            parameters.put("PHOTO", new ByteArrayInputStream(photo));
        }
        return PdfRenderer.render("registration-form", lines, parameters);
    }

    private Map<String, Object> parameters() {
        Map<String, Object> p = new HashMap<>();
        p.put("TITLE", title);
        p.put("SUBTITLE", subtitle);
        p.put("META", meta);
        p.put("RUNNING_HEAD", runningHead == null ? title : runningHead);
        p.put("INTRO", intro);
        p.put("INTRO_SIGN", introSign);
        p.put(net.sf.jasperreports.engine.JRParameter.REPORT_LOCALE, java.util.Locale.SIMPLIFIED_CHINESE);
        return p;
    }
}
