package cn.zhicheng.application;

import jakarta.ejb.Local;

/**
 * The unit centre's own pages: 单位信息 (every unit account with the menu; the admin edits the contact data) and
 * 单位事项 (all the unit's applications the caller may see, by tab, paged in the database).
 */
@Local
public interface UnitService {

    /** 单位信息 of the caller's unit (UNIT_ADMIN; UNIT_HANDLER granted 单位信息). */
    UnitInfo info();

    /** Saves 单位信息's contact data (UNIT_ADMIN); every field is checked, a refusal names its field. */
    UnitInfo updateContact(UnitContact contact);

    /**
     * 单位事项 (UNIT_ADMIN; UNIT_HANDLER granted 单位事项): the unit's applications of the business items the caller
     * holds, newest first, with the tab counts; two queries.
     *
     * @param pageSize at most 100
     */
    UnitItems items(UnitItemsFilter filter, int first, int pageSize);

    /** 导出Excel of 单位事项: the rows of {@link #items} (same scope, search and tab) above a key, by id, at most 1000. */
    java.util.List<cn.zhicheng.application.ApplicationSummary> itemsAfter(UnitItemsFilter filter, Long afterId, int max);
}
