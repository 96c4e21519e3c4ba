package cn.zhicheng.infrastructure.registry;

import java.time.LocalDate;

/**
 * What the education registry knows of one certificate (学历证书); the form's 获取 copies it into an education row,
 * whose fields all stay editable. Labels are the registry's own words (学历层次 such as 大学本科, 学习形式 such as
 * 全日制); {@code degree} (学位名称) is {@code null} when none was awarded.
 */
public record EducationRecord(
        String certificateNo,
        String school,
        LocalDate startDate,
        LocalDate endDate,
        String level,
        String major,
        String studyForm,
        String degree,
        String region) {
}
