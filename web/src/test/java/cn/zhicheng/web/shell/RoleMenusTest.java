package cn.zhicheng.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.zhicheng.application.UnitAccess;
import cn.zhicheng.domain.model.party.HandlerGrant;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.model.party.UnitMenu;

/** A unit handler's menu keeps exactly what was granted; the admin's and other roles' menus are whole. */
class RoleMenusTest {

    private final RoleMenus menus = new RoleMenus();

    @Test
    void theAdminSeesEveryEntryWithoutGrants() {
        UnitAccess admin = new UnitAccess(Role.UNIT_ADMIN, Set.of(), Set.of());
        assertEquals(List.of("home", "unit.info", "unit.items", "unit.items.professional", "unit.items.professional.review",
                "unit.personnel", "unit.permissions"), keys(menus.of(Role.UNIT_ADMIN, admin)));
    }

    @Test
    void aHandlerSeesOnlyWhatWasGranted() {
        assertEquals(List.of("home"), keys(menus.of(Role.UNIT_HANDLER, handler(Set.of(), Set.of()))));
        assertEquals(List.of("home", "unit.items", "unit.items.professional", "unit.items.professional.review"),
                keys(menus.of(Role.UNIT_HANDLER, handler(Set.of(HandlerGrant.TITLE_REVIEW_ITEM), Set.of()))));
        assertEquals(List.of("home", "unit.personnel"),
                keys(menus.of(Role.UNIT_HANDLER, handler(Set.of(), EnumSet.of(UnitMenu.PERSONNEL)))));
        assertEquals(List.of("home", "unit.info", "unit.items", "unit.personnel"),
                keys(menus.of(Role.UNIT_HANDLER, handler(Set.of(), EnumSet.allOf(UnitMenu.class)))));
    }

    @Test
    void aGroupWhosePageIsNotGrantedStaysAHeadingForItsGrantedChild() {
        MenuNode items = menus.of(Role.UNIT_HANDLER, handler(Set.of(HandlerGrant.TITLE_REVIEW_ITEM), Set.of())).get(1);
        assertEquals("unit.items", items.key());
        assertEquals(null, items.path(), "单位事项 itself is not granted: no link");
        MenuNode granted = menus.of(Role.UNIT_HANDLER, handler(Set.of(HandlerGrant.TITLE_REVIEW_ITEM),
                EnumSet.of(UnitMenu.ITEMS))).get(1);
        assertEquals("/unit/items.xhtml", granted.path());
    }

    @Test
    void otherRolesKeepTheirMenus() {
        assertEquals(menus.of(Role.OFFICE), menus.of(Role.OFFICE, null));
        assertEquals(menus.of(Role.INDIVIDUAL), menus.of(Role.INDIVIDUAL, handler(Set.of(), Set.of())));
    }

    private static UnitAccess handler(Set<String> items, Set<UnitMenu> granted) {
        return new UnitAccess(Role.UNIT_HANDLER, items, granted);
    }

    private static List<String> keys(List<MenuNode> nodes) {
        List<String> keys = new ArrayList<>();
        for (MenuNode node : nodes) {
            keys.add(node.key());
            keys.addAll(keys(node.children()));
        }
        return keys;
    }
}
