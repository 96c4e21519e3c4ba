package cn.zhicheng.application.admin;

import cn.zhicheng.application.Page;
import jakarta.ejb.Local;
import java.util.List;

/**
 * 基础数据 (SYS_ADMIN): the catalogue behind the applicant's cascading selects (series, titles at their levels,
 * specialties, committees, offices), the review years and their committees' deadlines, the fees and the holiday
 * calendar. Every save is validated (a {@link CatalogueRefusedException} names the field), written with a line of
 * the change history, and visible at once to every node's catalogue reads (ARCHITECTURE, catalogue administration).
 * Lists are small reference data, read in one query each; the history is paged.
 */
@Local
public interface CatalogueAdminService {

    List<SeriesForm> series();

    SeriesForm saveSeries(SeriesForm form);

    List<TitleForm> titles();

    TitleForm saveTitle(TitleForm form);

    List<SpecialtyForm> specialties();

    SpecialtyForm saveSpecialty(SpecialtyForm form);

    List<CommitteeForm> committees();

    CommitteeForm saveCommittee(CommitteeForm form);

    List<OfficeForm> offices();

    OfficeForm saveOffice(OfficeForm form);

    List<ReviewYearForm> reviewYears();

    ReviewYearForm saveReviewYear(ReviewYearForm form);

    /** Every committee's deadline in the year (own or the year's), with its cut-off's closing time. */
    List<CommitteeDeadlineForm> deadlines(int year);

    /**
     * Moves a committee's deadline (its cut-off moves with it). Not before the year's window opens; a deadline in
     * the past is refused unless {@code confirmedPast} (the cut-off then has to be started by hand).
     */
    void moveDeadline(long committeeId, int year, java.time.LocalDateTime deadline, boolean confirmedPast);

    List<FeeForm> fees();

    FeeForm saveFee(FeeForm form);

    /** The calendar's exceptions of one year. */
    List<CalendarDayForm> calendar(int year);

    CalendarDayForm saveCalendarDay(CalendarDayForm form);

    void deleteCalendarDay(java.time.LocalDate day);

    /**
     * Imports holidays and swapped working days from an .xlsx (columns 日期, 类型 (节假日 | 调休上班), 名称; a header row):
     * every row is checked first, then all are written, or none.
     */
    CalendarImported importCalendar(byte[] xlsx);

    /** Deletes an entry nothing refers to ({@code kind}: series, title, specialty, committee, office). */
    void delete(String kind, long id);

    /** The change history, newest first. */
    Page<CatalogueChangeView> changes(int first, int pageSize);

    /** The history's export pages: above an id, ascending, at most 1000. */
    List<CatalogueChangeView> changesAfter(Long afterId, int max);
}
