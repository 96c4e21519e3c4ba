package cn.zhicheng.web.shell;

/**
 * One rendered line of the left menu: a group heading (no href) or a link, indented by depth. A class with
 * getters, not a record: Expression Language 5 (Jakarta EE 10) does not read record components.
 */
public final class MenuLine {

    private final String id;
    private final String label;
    private final String href;
    private final int depth;

    public MenuLine(String id, String label, String href, int depth) {
        this.id = id;
        this.label = label;
        this.href = href;
        this.depth = depth;
    }

    public String getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public String getHref() {
        return href;
    }

    public int getDepth() {
        return depth;
    }

    public boolean isLink() {
        return href != null;
    }
}
