package cn.zhicheng.reports;

import java.util.List;

/**
 * 评前 / 评后公示名单 (manual chapter 4): the notice text with the unit's name and date, then the list of the
 * selected applicants (序号, 姓名, 性别, 出生年月, 最高学历, 毕业时间, 现专业技术资格名称, 取得时间, 申报评审专业,
 * 申报评审资格名称, 申报属性) with its column headings on every page.
 */
public final class PublicityListReport {

    private PublicityListReport() {
    }

    /** 评前 or 评后 in the titles. */
    public static String title(boolean pre, int year) {
        return year + "年度推荐申报职称评审人员" + (pre ? "评前" : "评后") + "公示";
    }

    public static String listTitle(boolean pre, int year) {
        return year + "年度推荐申报职称评审人员" + (pre ? "" : "评审通过") + "公示名单";
    }

    /**
     * @param rows each the 10 columns after 序号, in the list's order (the number is added here)
     */
    public static byte[] render(boolean pre, int year, String notice, String signature, String meta, List<String[]> rows) {
        RuledForm form = new RuledForm(title(pre, year)).meta(meta).intro(notice, signature).section(listTitle(pre, year));
        java.util.ArrayList<String[]> numbered = new java.util.ArrayList<>();
        int n = 0;
        for (String[] row : rows) {
            String[] cells = new String[row.length + 1];
            cells[0] = String.valueOf(++n);
            System.arraycopy(row, 0, cells, 1, row.length);
            numbered.add(cells);
        }
        return form.table(RuledForm.PUBLICITY, numbered).render();
    }

    public static String fileName(boolean pre, int year) {
        return FileNames.of(listTitle(pre, year), null);
    }
}
