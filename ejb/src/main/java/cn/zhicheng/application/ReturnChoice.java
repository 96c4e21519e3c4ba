package cn.zhicheng.application;

import java.io.Serializable;

/**
 * Something 一次性告知 may name: a section of the form or a material of the checklist.
 *
 * @param kind  form section or material
 * @param code  the section's property in {@code ApplicationFormView} or the material's kind (stable, for the screen)
 * @param label the manual's title, which the return item records and the applicant reads
 */
public record ReturnChoice(Kind kind, String code, String label) implements Serializable {

    public enum Kind { SECTION, MATERIAL }
}
