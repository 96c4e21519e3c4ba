package cn.zhicheng.domain.model.application.form;

import cn.zhicheng.domain.shared.Labelled;

/**
 * 学历层次, including the technician-school classes. Wherever a rule compares education levels, a technician
 * class counts as the level the manual (1.1.2 (四)) equates it with: 中级技工班 = 中专, 高级工班 = 大专,
 * 预备技师(技师)班 = 本科. Compare with {@link #rank()} or {@link #isAtLeast(EducationLevel)}, never with
 * {@code ordinal()}.
 */
public enum EducationLevel implements Labelled {
    DOCTORATE("博士研究生", 7, null),
    MASTER("硕士研究生", 6, null),
    BACHELOR("大学本科", 5, null),
    JUNIOR_COLLEGE("大学专科", 4, null),
    SECONDARY_SPECIALISED("中专", 3, null),
    HIGH_SCHOOL_OR_BELOW("高中及以下", 2, null),
    INTERMEDIATE_TECHNICIAN_CLASS("中级技工班", 0, SECONDARY_SPECIALISED),
    ADVANCED_TECHNICIAN_CLASS("高级工班", 0, JUNIOR_COLLEGE),
    PREPARATORY_TECHNICIAN_CLASS("预备技师(技师)班", 0, BACHELOR);

    private final String label;
    private final int ownRank;
    private final EducationLevel countsAs;

    EducationLevel(String label, int ownRank, EducationLevel countsAs) {
        this.label = label;
        this.ownRank = ownRank;
        this.countsAs = countsAs;
    }

    @Override
    public String label() {
        return label;
    }

    /** The academic level this one counts as: itself, or for a technician class its equivalent. */
    public EducationLevel equivalent() {
        return countsAs == null ? this : countsAs;
    }

    /** Comparable rank: higher is a higher level; a technician class has the rank of its equivalent. */
    public int rank() {
        return equivalent().ownRank;
    }

    public boolean isAtLeast(EducationLevel other) {
        return rank() >= other.rank();
    }

    public boolean isTechnicianClass() {
        return countsAs != null;
    }
}
