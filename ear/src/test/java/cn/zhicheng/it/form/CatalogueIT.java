package cn.zhicheng.it.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.zhicheng.application.CatalogueChoice;
import cn.zhicheng.application.CatalogueService;
import cn.zhicheng.application.LevelChoice;
import cn.zhicheng.application.SpecialtyDetails;
import cn.zhicheng.domain.model.catalogue.ExamMode;
import cn.zhicheng.domain.model.catalogue.TitleLevel;
import cn.zhicheng.domain.model.catalogue.UnknownSpecialtyException;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Users;

/** The cascading selects of 申报的专业技术资格信息, each step checked against the catalogue tables. */
@ExtendWith(ArquillianExtension.class)
class CatalogueIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(CatalogueIT.class);
    }

    @EJB
    CatalogueService catalogue;

    @Test
    void seriesLevelTitleSpecialtyCascadeAsTheCatalogueTablesSay() throws Exception {
        List<CatalogueChoice> series = Users.as("sunqi", () -> catalogue.series());
        assertEquals(choices("SELECT id, name FROM title_series ORDER BY id"), series);
        long engineering = series.stream().filter(s -> s.label().equals("工程技术")).findFirst().orElseThrow().id();

        List<LevelChoice> levels = Users.as("sunqi", () -> catalogue.levels(engineering));
        assertEquals(List.of(TitleLevel.JUNIOR, TitleLevel.INTERMEDIATE, TitleLevel.DEPUTY_SENIOR, TitleLevel.SENIOR),
                levels.stream().map(LevelChoice::level).toList());
        assertEquals("中级", levels.get(1).label());
        // 档案 has only an intermediate title
        assertEquals(List.of(TitleLevel.INTERMEDIATE), Users.as("sunqi", () -> catalogue.levels(35L)).stream()
                .map(LevelChoice::level).toList());

        List<CatalogueChoice> titles = Users.as("sunqi", () -> catalogue.titles(engineering, TitleLevel.INTERMEDIATE));
        assertEquals(choices("SELECT id, name FROM title WHERE series_id = ? AND title_level = 'INTERMEDIATE' ORDER BY id",
                engineering), titles);
        // the reference data's title first (the catalogue administration's tests may have added others after it)
        assertEquals("工程师", titles.get(0).label());

        List<CatalogueChoice> specialties = Users.as("sunqi", () -> catalogue.specialties(titles.get(0).id()));
        assertEquals(choices("SELECT id, name FROM specialty WHERE title_id = ? ORDER BY id", titles.get(0).id()),
                specialties);
        assertTrue(specialties.stream().anyMatch(s -> s.label().equals("交通运输管理")));
    }

    @Test
    void aChosenSpecialtyNamesItsCommitteeOfficeYearWindowAnnouncementAndExamMode() throws Exception {
        SpecialtyDetails traffic = Users.as("jt-admin", () -> catalogue.specialty(502L));
        assertEquals("交通运输管理", traffic.specialtyName());
        assertEquals("工程师", traffic.titleName());
        assertEquals("工程技术", traffic.seriesName());
        assertEquals("中级", traffic.levelLabel());
        assertEquals(201L, traffic.committeeId());
        assertEquals(Db.string("SELECT name FROM committee WHERE id = 201"), traffic.committeeName());
        assertEquals(101L, traffic.officeId());
        assertEquals(Db.string("SELECT name FROM office WHERE id = 101"), traffic.officeName());
        assertEquals(2020, traffic.reviewYear());
        assertEquals(LocalDateTime.of(2020, 12, 30, 0, 0), traffic.applicationStart());
        assertEquals(LocalDateTime.of(2021, 1, 25, 0, 0), traffic.applicationEnd());
        assertEquals(Db.string("SELECT announcement_url FROM review_year WHERE review_year = 2020"), traffic.announcementUrl());
        assertEquals(ExamMode.NONE, traffic.examMode());
        assertFalse(traffic.examRequired());

        SpecialtyDetails building = Users.as("sunqi", () -> catalogue.specialty(509L));
        assertEquals(ExamMode.EXAM_AND_REVIEW, building.examMode());
        assertTrue(building.examRequired());
        assertEquals(205L, building.committeeId());
    }

    @Test
    void anUnknownSpecialtyIsRefusedInChinese() {
        UnknownSpecialtyException refused = assertThrows(UnknownSpecialtyException.class,
                () -> Users.as("sunqi", () -> catalogue.specialty(9_999L)));
        assertTrue(refused.getMessage().contains("评审的资格专业"), refused.getMessage());
    }

    private static List<CatalogueChoice> choices(String sql, Object... params) {
        return Db.rows(sql, params).stream()
                .map(r -> new CatalogueChoice(((Number) r[0]).longValue(), (String) r[1])).toList();
    }
}
