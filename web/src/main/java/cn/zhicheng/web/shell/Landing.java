package cn.zhicheng.web.shell;

import java.util.EnumMap;
import java.util.Map;

import cn.zhicheng.domain.model.party.Role;

/** Each role's landing page: where a login ends and where the menu's 首页 leads. */
public final class Landing {

    private static final Map<Role, String> PAGES = new EnumMap<>(Map.of(
            Role.INDIVIDUAL, "/individual/index.xhtml",
            Role.UNIT_ADMIN, "/unit/index.xhtml",
            Role.UNIT_HANDLER, "/unit/index.xhtml",
            Role.OFFICE, "/office/index.xhtml",
            Role.EXPERT, "/expert/index.xhtml",
            Role.BUREAU, "/bureau/index.xhtml",
            Role.SYS_ADMIN, "/admin/index.xhtml"));

    private Landing() {
    }

    /** The page's path inside the web application, starting with a slash. */
    public static String of(Role role) {
        return PAGES.get(role);
    }
}
