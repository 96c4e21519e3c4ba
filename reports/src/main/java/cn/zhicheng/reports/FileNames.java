package cn.zhicheng.reports;

/** Download names: the form's title and whom it is about, without the characters a file system refuses. */
public final class FileNames {

    private FileNames() {
    }

    public static String of(String title, String subject) {
        String s = subject == null ? "" : subject.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return title + (s.isEmpty() ? "" : "-" + s) + ".pdf";
    }
}
