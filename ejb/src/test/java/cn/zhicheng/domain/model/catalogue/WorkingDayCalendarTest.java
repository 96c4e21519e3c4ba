package cn.zhicheng.domain.model.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The working-day calendar on the State Council's 2020 and 2021 holidays (a copy of /work/shared/data/holidays.csv). */
class WorkingDayCalendarTest {

    private static List<CalendarDay> holidays;
    private static WorkingDayCalendar calendar;

    @BeforeAll
    static void loadHolidays() throws IOException {
        holidays = new ArrayList<>();
        try (InputStream in = WorkingDayCalendarTest.class.getResourceAsStream("/calendar/holidays.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",", -1);
                holidays.add(new CalendarDay(LocalDate.parse(f[0]), CalendarDay.Kind.valueOf(f[1]), f[2]));
            }
        }
        calendar = new WorkingDayCalendar(holidays);
    }

    @Test
    void theFixtureHoldsBothYears() {
        assertEquals(74, holidays.size());
    }

    @Test
    void everyHolidayIsOffAndEverySwappedDayIsAWorkedWeekendDay() {
        for (CalendarDay day : holidays) {
            if (day.getKind() == CalendarDay.Kind.WORKDAY) {
                DayOfWeek dow = day.getDay().getDayOfWeek();
                assertTrue(dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY, day.getDay() + " is not a weekend day");
                assertTrue(calendar.isWorkingDay(day.getDay()), day.getDay().toString());
            } else {
                assertFalse(calendar.isWorkingDay(day.getDay()), day.getDay().toString());
            }
        }
    }

    @Test
    void sundayWorkedBeforeNationalDayIsAWorkingDay() {
        assertEquals(DayOfWeek.SUNDAY, LocalDate.of(2020, 9, 27).getDayOfWeek());
        assertTrue(calendar.isWorkingDay(LocalDate.of(2020, 9, 27)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-10-01", "2020-10-02", "2020-10-03", "2020-10-04", "2020-10-05", "2020-10-06",
            "2020-10-07", "2020-10-08"})
    void nationalDayAndMidAutumn2020AreNotWorkingDays(String day) {
        assertFalse(calendar.isWorkingDay(LocalDate.parse(day)));
    }

    @Test
    void saturdayWorkedAfterNationalDayIsAWorkingDayButTheSundayIsNot() {
        assertEquals(DayOfWeek.SATURDAY, LocalDate.of(2020, 10, 10).getDayOfWeek());
        assertTrue(calendar.isWorkingDay(LocalDate.of(2020, 10, 9)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2020, 10, 10)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2020, 10, 11)));
    }

    @Test
    void workingDaysAcrossNationalDay() {
        // 9-28, 9-29, 9-30, 10-09, 10-10 (Saturday worked), 10-12
        assertEquals(6, calendar.workingDaysBetween(LocalDate.of(2020, 9, 28), LocalDate.of(2020, 10, 12)));
    }

    @Test
    void workingDaysBetweenCountsBothEnds() {
        assertEquals(1, calendar.workingDaysBetween(LocalDate.of(2020, 11, 2), LocalDate.of(2020, 11, 2)));
        assertEquals(0, calendar.workingDaysBetween(LocalDate.of(2020, 10, 1), LocalDate.of(2020, 10, 1)));
        assertEquals(0, calendar.workingDaysBetween(LocalDate.of(2020, 11, 3), LocalDate.of(2020, 11, 2)));
    }

    @ParameterizedTest(name = "{0} + {1} working days ends on {2}")
    @CsvSource({
            // across National Day 2020: 9-29, 9-30, 10-09, 10-10, 10-12
            "2020-09-29, 5, 2020-10-12",
            // the Sunday worked counts: 9-27, 9-28, 9-29, 9-30, 10-09
            "2020-09-27, 5, 2020-10-09",
            // a start inside the holiday counts from the first working day after it
            "2020-10-01, 1, 2020-10-09",
            "2020-10-01, 5, 2020-10-14",
            // Spring Festival 2021: 2-08, 2-09, 2-10, 2-18, 2-19
            "2021-02-08, 5, 2021-02-19",
            // ... and the Saturday worked after it: 2-09, 2-10, 2-18, 2-19, 2-20
            "2021-02-09, 5, 2021-02-20",
            // the Sunday worked before it: 2-07, 2-08, 2-09, 2-10, 2-18
            "2021-02-06, 5, 2021-02-18",
            // an ordinary weekend: 11-05, 11-06, 11-09, 11-10, 11-11
            "2020-11-05, 5, 2020-11-11",
            "2020-11-07, 1, 2020-11-09",
            "2020-11-06, 1, 2020-11-06",
            // 2020's Spring Festival with the epidemic extension: 1-23, then 2-03 .. 2-06
            "2020-01-23, 5, 2020-02-06"
    })
    void plusWorkingDays(String start, int n, String expectedEnd) {
        assertEquals(LocalDate.parse(expectedEnd), calendar.plusWorkingDays(LocalDate.parse(start), n));
    }

    @Test
    void spring2021SwappedDaysAreWorkingDays() {
        assertEquals(DayOfWeek.SUNDAY, LocalDate.of(2021, 2, 7).getDayOfWeek());
        assertEquals(DayOfWeek.SATURDAY, LocalDate.of(2021, 2, 20).getDayOfWeek());
        assertTrue(calendar.isWorkingDay(LocalDate.of(2021, 2, 7)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2021, 2, 20)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2021, 2, 21)));
        // 2-07, 2-08, 2-09, 2-10, 2-18, 2-19, 2-20
        assertEquals(7, calendar.workingDaysBetween(LocalDate.of(2021, 2, 7), LocalDate.of(2021, 2, 20)));
    }

    @Test
    void anOrdinaryWeekendIsOff() {
        assertTrue(calendar.isWorkingDay(LocalDate.of(2020, 11, 6)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2020, 11, 7)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2020, 11, 8)));
        assertEquals(5, calendar.workingDaysBetween(LocalDate.of(2020, 11, 2), LocalDate.of(2020, 11, 8)));
    }

    @Test
    void datesWithoutAnyExceptionFollowMondayToFriday() {
        WorkingDayCalendar plain = new WorkingDayCalendar(List.of());
        assertTrue(plain.isWorkingDay(LocalDate.of(2020, 10, 1)));
        assertFalse(plain.isWorkingDay(LocalDate.of(2020, 9, 27)));
        assertEquals(LocalDate.of(2020, 10, 5), plain.plusWorkingDays(LocalDate.of(2020, 9, 29), 5));
    }

    @Test
    void plusWorkingDaysAndWorkingDaysBetweenAgree() {
        for (LocalDate start = LocalDate.of(2020, 1, 1); start.getYear() < 2022; start = start.plusDays(1)) {
            for (int n = 1; n <= 12; n++) {
                LocalDate end = calendar.plusWorkingDays(start, n);
                assertTrue(calendar.isWorkingDay(end), start + " + " + n);
                assertEquals(n, calendar.workingDaysBetween(start, end), start + " + " + n);
            }
        }
    }

    @Test
    void aPeriodOfNoWorkingDaysIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> calendar.plusWorkingDays(LocalDate.of(2020, 11, 2), 0));
    }

    @Test
    void conflictingExceptionsForOneDayAreRefused() {
        LocalDate day = LocalDate.of(2020, 10, 10);
        List<CalendarDay> conflicting = List.of(new CalendarDay(day, CalendarDay.Kind.WORKDAY, "调休上班"),
                new CalendarDay(day, CalendarDay.Kind.HOLIDAY, "节日"));
        assertThrows(IllegalArgumentException.class, () -> new WorkingDayCalendar(conflicting));
    }

    @Test
    void publicityNeedsFiveWorkingDays() {
        assertEquals(5, WorkingDayCalendar.MIN_PUBLICITY_WORKING_DAYS);
        // 9-28, 9-29, 9-30, 10-09: four
        assertFalse(calendar.isLongEnoughForPublicity(LocalDate.of(2020, 9, 28), LocalDate.of(2020, 10, 9)));
        // ... and 10-10, the Saturday worked: five
        assertTrue(calendar.isLongEnoughForPublicity(LocalDate.of(2020, 9, 28), LocalDate.of(2020, 10, 10)));
        assertEquals(LocalDate.of(2020, 10, 10), calendar.earliestPublicityEnd(LocalDate.of(2020, 9, 28)));
        // the manual's own example: 2020-12-01 to 2020-12-16
        assertTrue(calendar.isLongEnoughForPublicity(LocalDate.of(2020, 12, 1), LocalDate.of(2020, 12, 16)));
        assertFalse(calendar.isLongEnoughForPublicity(LocalDate.of(2020, 12, 16), LocalDate.of(2020, 12, 1)));
    }
}
