package cn.zhicheng.domain.model.catalogue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * 工作日历: Monday to Friday are working days, except the public holidays (HOLIDAY); Saturdays and Sundays are
 * not, except the days worked in exchange (调休上班, WORKDAY). Built from the {@link CalendarDay} exceptions of
 * the dates it is asked about; a date with no exception follows the Monday–Friday rule.
 */
public final class WorkingDayCalendar {

    /** Publicity periods (评前公示, 评后公示, 人社公示) run at least this many working days (操作手册第五章). */
    public static final int MIN_PUBLICITY_WORKING_DAYS = 5;

    private final Map<LocalDate, CalendarDay.Kind> exceptions;

    public WorkingDayCalendar(Collection<CalendarDay> exceptions) {
        Map<LocalDate, CalendarDay.Kind> byDay = new HashMap<>();
        for (CalendarDay exception : exceptions) {
            CalendarDay.Kind previous = byDay.put(exception.getDay(), exception.getKind());
            if (previous != null && previous != exception.getKind()) {
                throw new IllegalArgumentException("日历例外日期重复且类型冲突: " + exception.getDay());
            }
        }
        this.exceptions = Map.copyOf(byDay);
    }

    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        CalendarDay.Kind exception = exceptions.get(day);
        if (exception != null) {
            return exception == CalendarDay.Kind.WORKDAY;
        }
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY;
    }

    /** The working days from {@code from} to {@code to}, both included; 0 when {@code to} is before {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        int count = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The day on which a period of {@code n} working days that starts on {@code start} ends: {@code start} itself
     * counts when it is a working day, so {@code plusWorkingDays(start, 1)} is the first working day on or after
     * {@code start}.
     *
     * @throws IllegalArgumentException when {@code n} is less than 1
     */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 1) {
            throw new IllegalArgumentException("工作日数必须至少为 1: " + n);
        }
        LocalDate day = start;
        int counted = isWorkingDay(day) ? 1 : 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Whether a publicity from {@code start} to {@code end} (both included) lasts the required working days. */
    public boolean isLongEnoughForPublicity(LocalDate start, LocalDate end) {
        return workingDaysBetween(start, end) >= MIN_PUBLICITY_WORKING_DAYS;
    }

    /** The earliest end date a publicity starting on {@code start} may have. */
    public LocalDate earliestPublicityEnd(LocalDate start) {
        return plusWorkingDays(start, MIN_PUBLICITY_WORKING_DAYS);
    }
}
