package cn.zhicheng.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.zhicheng.application.FieldChange;
import cn.zhicheng.application.form.ApplicationFormView;
import cn.zhicheng.application.form.BasicInfoSection;
import cn.zhicheng.application.form.OrganisationPostRow;

/** The form as flat fields and the changes between two of them: rows matched by id, one line per added or removed row. */
class FormFieldsTest {

    @Test
    void aFormFlattensToItsFilledFieldsWithRowsKeyedByTheirId() {
        Map<String, String> fields = FormFields.flatten(form("13800000001", post(7L, "深圳市土木建筑学会")));
        assertEquals("13800000001", fields.get("basicInfo.phone"));
        assertEquals("1", fields.get("organisationPosts#7"));
        assertEquals("深圳市土木建筑学会", fields.get("organisationPosts#7.organisationName"));
        assertEquals("2018-01-01", fields.get("organisationPosts#7.startDate"));
        assertFalse(fields.containsKey("organisationPosts#7.id"));
        assertFalse(fields.containsKey("basicInfo.email"), "empty fields are left out");
    }

    @Test
    void changesAreFieldByFieldAndAnAddedOrRemovedRowIsOneLine() {
        Map<String, String> before = FormFields.flatten(form("13800000001", post(7L, "学会甲"), post(8L, "学会乙")));
        Map<String, String> now = FormFields.flatten(form("13900000002", post(8L, "学会丙"), post(9L, "学会丁")));

        List<FieldChange> changes = FormFields.changes(before, now);

        assertEquals(List.of(
                new FieldChange("basicInfo", "基本信息", null, "phone", "13800000001", "13900000002", FieldChange.Kind.CHANGED),
                new FieldChange("organisationPosts", "专业行业组织职务", 1, "organisationName", "学会乙", "学会丙",
                        FieldChange.Kind.CHANGED),
                new FieldChange("organisationPosts", "专业行业组织职务", 1, null, null, null, FieldChange.Kind.ROW_REMOVED),
                new FieldChange("organisationPosts", "专业行业组织职务", 2, null, null, null, FieldChange.Kind.ROW_ADDED)),
                changes);
        assertEquals(List.of(), FormFields.changes(now, now));
    }

    private static ApplicationFormView form(String phone, OrganisationPostRow... posts) {
        ApplicationFormView form = new ApplicationFormView();
        BasicInfoSection basic = new BasicInfoSection();
        basic.setName("张三");
        basic.setPhone(phone);
        form.setBasicInfo(basic);
        form.setOrganisationPosts(List.of(posts));
        return form;
    }

    private static OrganisationPostRow post(Long id, String name) {
        OrganisationPostRow row = new OrganisationPostRow();
        row.setId(id);
        row.setStartDate(LocalDate.of(2018, 1, 1));
        row.setOrganisationName(name);
        row.setPost("会员");
        return row;
    }
}
