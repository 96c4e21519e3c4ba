package cn.zhicheng.application.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import cn.zhicheng.application.CalendarService;
import cn.zhicheng.domain.model.catalogue.CalendarDay;
import cn.zhicheng.domain.model.catalogue.WorkingDayCalendar;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Loads the calendar exceptions of the dates in question with one query, then lets the domain calendar count. */
@Stateless
@PermitAll
public class DefaultCalendarService implements CalendarService {

    // Holiday blocks add at most about ten days to a span; the loop below covers anything denser.
    private static final int SPAN_MARGIN_DAYS = 31;

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager entityManager;

    @Override
    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return calendarFor(day, day).isWorkingDay(day);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return 0;
        }
        return calendarFor(from, to).workingDaysBetween(from, to);
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 1) {
            throw new IllegalArgumentException("工作日数必须至少为 1: " + n);
        }
        // n working days never take more than 7/5 n calendar days plus the holidays in between.
        LocalDate until = start.plusDays(n * 7L / 5 + SPAN_MARGIN_DAYS);
        while (true) {
            LocalDate end = calendarFor(start, until).plusWorkingDays(start, n);
            if (!end.isAfter(until)) {
                return end;
            }
            // The end fell past the loaded range, where no exception was known: load a wider range and count again.
            until = start.plusDays(2 * ChronoUnit.DAYS.between(start, until));
        }
    }

    @Override
    public boolean isLongEnoughForPublicity(LocalDate start, LocalDate end) {
        return workingDaysBetween(start, end) >= WorkingDayCalendar.MIN_PUBLICITY_WORKING_DAYS;
    }

    @Override
    public LocalDate earliestPublicityEnd(LocalDate start) {
        return plusWorkingDays(start, WorkingDayCalendar.MIN_PUBLICITY_WORKING_DAYS);
    }

    private WorkingDayCalendar calendarFor(LocalDate from, LocalDate to) {
        List<CalendarDay> exceptions = entityManager
                .createQuery("SELECT c FROM CalendarDay c WHERE c.day BETWEEN :first AND :last", CalendarDay.class)
                .setParameter("first", from)
                .setParameter("last", to)
                .getResultList();
        return new WorkingDayCalendar(exceptions);
    }
}
