package cn.zhicheng.web.shell;

import java.util.List;

/**
 * One entry of a role's menu: {@code key} names its label in the message bundle ({@code menu.<key>}); a node
 * with children is a group, a leaf leads to {@code path}, or to the 功能建设中 page while its screen is not built.
 */
public record MenuNode(String key, String path, List<MenuNode> children) {

    public static MenuNode page(String key, String path) {
        return new MenuNode(key, path, List.of());
    }

    /** A screen that comes with a later issue. */
    public static MenuNode planned(String key) {
        return new MenuNode(key, null, List.of());
    }

    public static MenuNode group(String key, MenuNode... children) {
        return new MenuNode(key, null, List.of(children));
    }

    /** A group that is a page of its own too (单位事项: the unit's all-items list above its business items). */
    public static MenuNode pageGroup(String key, String path, MenuNode... children) {
        return new MenuNode(key, path, List.of(children));
    }

    /** The same node with other children (a handler's menu keeps only what was granted). */
    public MenuNode withChildren(List<MenuNode> kept) {
        return new MenuNode(key, path, List.copyOf(kept));
    }

    public boolean isGroup() {
        return !children.isEmpty();
    }
}
