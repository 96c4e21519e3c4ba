package cn.zhicheng.application;

import java.time.LocalDate;

/**
 * Working-day questions answered on the calendar kept in the database (public holidays and 调休上班 days), for
 * the publicity periods (评前公示, 评后公示, 人社公示) and any other deadline counted in working days.
 */
public interface CalendarService {

    boolean isWorkingDay(LocalDate day);

    /** The working days from {@code from} to {@code to}, both included; 0 when {@code to} is before {@code from}. */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /**
     * The day on which a period of {@code n} (at least 1) working days starting on {@code start} ends; {@code start}
     * counts when it is a working day.
     */
    LocalDate plusWorkingDays(LocalDate start, int n);

    /** Whether a publicity from {@code start} to {@code end} (both included) runs at least 5 working days. */
    boolean isLongEnoughForPublicity(LocalDate start, LocalDate end);

    /** The earliest end date of a publicity that starts on {@code start}. */
    LocalDate earliestPublicityEnd(LocalDate start);
}
