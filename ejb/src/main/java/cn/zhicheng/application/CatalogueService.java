package cn.zhicheng.application;

import java.util.List;

import jakarta.ejb.Local;

import cn.zhicheng.domain.model.catalogue.TitleLevel;

/**
 * The catalogue for the cascading selects of 申报的专业技术资格信息: 评审的资格系列 → 级别 → 名称 → 专业, and what a
 * chosen specialty decides. Read-only reference data; one query per call.
 */
@Local
public interface CatalogueService {

    /** 评审的资格系列. */
    List<CatalogueChoice> series();

    /** The levels (级别) that the series has titles at, lowest first. */
    List<LevelChoice> levels(long seriesId);

    /** 评审的资格名称 of a series at a level. */
    List<CatalogueChoice> titles(long seriesId, TitleLevel level);

    /** 评审的资格专业 of a title. */
    List<CatalogueChoice> specialties(long titleId);

    /**
     * What the chosen specialty decides: 评委会, 日常工作部门, 考评方式, and the current 评委会年度 with its 申报开始/结束时间 and
     * 相关公告. Throws {@code UnknownSpecialtyException} for an id the catalogue does not hold.
     */
    SpecialtyDetails specialty(long specialtyId);
}
