package cn.zhicheng.domain.model.application.form;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * 工作负面情况说明 (an integrity statement): the ticked boxes, 具体负面情况简要说明 and 申请人对工作过失的陈述.
 * The boxes are kept as one comma-separated column of {@link NegativeCircumstance} codes, in declaration order.
 */
@Embeddable
public class NegativeRecord {

    /** 获现职称以来专业技术工作中曾出现下列情况：至少勾选一项；“无上述情况”与其他各项互斥. */
    @Column(name = "negative_circumstances", length = 500)
    private String circumstanceCodes;

    /** 具体负面情况简要说明：勾选任一负面情况时必填. */
    @Column(name = "negative_description", length = 2000)
    private String description;

    /** 申请人对工作过失的陈述：选填. */
    @Column(name = "negative_statement", length = 2000)
    private String applicantStatement;

    protected NegativeRecord() {
    }

    public static NegativeRecord of(Collection<NegativeCircumstance> circumstances, String description,
                                    String applicantStatement) {
        NegativeRecord record = new NegativeRecord();
        record.circumstanceCodes = encode(circumstances);
        record.description = description;
        record.applicantStatement = applicantStatement;
        return record;
    }

    /** 无上述情况 ticked and nothing else. */
    public static NegativeRecord noneOfThese() {
        return of(EnumSet.of(NegativeCircumstance.NONE), null, null);
    }

    /** Nothing ticked yet (a new draft). */
    public static NegativeRecord empty() {
        return of(EnumSet.noneOf(NegativeCircumstance.class), null, null);
    }

    /** The ticked boxes. */
    public Set<NegativeCircumstance> getCircumstances() {
        EnumSet<NegativeCircumstance> set = EnumSet.noneOf(NegativeCircumstance.class);
        if (circumstanceCodes != null && !circumstanceCodes.isBlank()) {
            Arrays.stream(circumstanceCodes.split(","))
                    .map(String::trim)
                    .filter(code -> !code.isEmpty())
                    .forEach(code -> set.add(NegativeCircumstance.valueOf(code)));
        }
        return Collections.unmodifiableSet(set);
    }

    /** Whether any box other than 无上述情况 is ticked. */
    public boolean declaresNegative() {
        return getCircumstances().stream().anyMatch(NegativeCircumstance::isNegative);
    }

    /** 具体负面情况简要说明. */
    public String getDescription() {
        return description;
    }

    /** 申请人对工作过失的陈述. */
    public String getApplicantStatement() {
        return applicantStatement;
    }

    private static String encode(Collection<NegativeCircumstance> circumstances) {
        if (circumstances == null || circumstances.isEmpty()) {
            return null;
        }
        return EnumSet.copyOf(circumstances).stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
