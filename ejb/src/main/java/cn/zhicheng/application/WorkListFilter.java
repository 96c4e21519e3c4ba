package cn.zhicheng.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

import cn.zhicheng.domain.model.application.ApplicationState;

/**
 * The search of a work list; every part is optional (null or empty: no restriction) and applied in the database.
 *
 * @param states        当前环节: any of these states
 * @param serialPrefix  业务流水号 starting with this
 * @param applicant     申请人: the name starting with this, or exactly this ID number
 * @param seriesId      职称系列 of the specialty applied for
 * @param submittedFrom 申请时间 from this day (inclusive)
 * @param submittedTo   申请时间 up to this day (inclusive)
 */
public record WorkListFilter(Set<ApplicationState> states, String serialPrefix, String applicant, Long seriesId,
                             LocalDate submittedFrom, LocalDate submittedTo) implements Serializable {

    public WorkListFilter {
        states = states == null ? Set.of() : Set.copyOf(states);
        serialPrefix = blankToNull(serialPrefix);
        applicant = blankToNull(applicant);
    }

    /** No restriction: everything the caller may see. */
    public static WorkListFilter none() {
        return new WorkListFilter(Set.of(), null, null, null, null, null);
    }

    public WorkListFilter withStates(Set<ApplicationState> s) {
        return new WorkListFilter(s, serialPrefix, applicant, seriesId, submittedFrom, submittedTo);
    }

    public WorkListFilter withSerialPrefix(String prefix) {
        return new WorkListFilter(states, prefix, applicant, seriesId, submittedFrom, submittedTo);
    }

    public WorkListFilter withApplicant(String nameOrIdNumber) {
        return new WorkListFilter(states, serialPrefix, nameOrIdNumber, seriesId, submittedFrom, submittedTo);
    }

    public WorkListFilter withSeries(Long series) {
        return new WorkListFilter(states, serialPrefix, applicant, series, submittedFrom, submittedTo);
    }

    public WorkListFilter withSubmitted(LocalDate from, LocalDate to) {
        return new WorkListFilter(states, serialPrefix, applicant, seriesId, from, to);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
