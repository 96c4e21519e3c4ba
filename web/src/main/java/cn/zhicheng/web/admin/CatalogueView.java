package cn.zhicheng.web.admin;

import cn.zhicheng.application.admin.CalendarDayForm;
import cn.zhicheng.application.admin.CalendarImported;
import cn.zhicheng.application.admin.CatalogueAdminService;
import cn.zhicheng.application.admin.CatalogueChangeView;
import cn.zhicheng.application.admin.CatalogueRefusedException;
import cn.zhicheng.application.admin.CommitteeDeadlineForm;
import cn.zhicheng.application.admin.CommitteeForm;
import cn.zhicheng.application.admin.FeeForm;
import cn.zhicheng.application.admin.OfficeForm;
import cn.zhicheng.application.admin.ReviewYearForm;
import cn.zhicheng.application.admin.SeriesForm;
import cn.zhicheng.application.admin.SpecialtyForm;
import cn.zhicheng.application.admin.TitleForm;
import cn.zhicheng.application.export.ExportColumn;
import cn.zhicheng.domain.model.catalogue.ExamMode;
import cn.zhicheng.domain.model.catalogue.TitleLevel;
import cn.zhicheng.domain.shared.MessageKey;
import cn.zhicheng.web.common.Exports;
import cn.zhicheng.web.shell.LocaleView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;

/**
 * 基础数据 (SYS_ADMIN): one tab per catalogue (资格系列, 资格名称, 专业, 评委会, 日常工作部门, 评委会年度 with the committees'
 * deadlines, 收费标准, 节假日, 变更记录). Each list is the service's; each dialog edits a copy of a row (a JavaBean) and
 * a refusal is shown next to its field with nothing typed lost.
 */
@Named
@ViewScoped
public class CatalogueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CatalogueAdminService catalogue;

    @Inject
    LocaleView localeView;

    private List<SeriesForm> series;
    private List<TitleForm> titles;
    private List<SpecialtyForm> specialties;
    private List<CommitteeForm> committees;
    private List<OfficeForm> offices;
    private List<ReviewYearForm> reviewYears;
    private List<CommitteeDeadlineForm> deadlines;
    private List<FeeForm> fees;
    private List<CalendarDayForm> calendar;
    private PagedModel<CatalogueChangeView> changes;

    private int year;
    private int calendarYear;

    private SeriesForm seriesForm = new SeriesForm();
    private TitleForm titleForm = new TitleForm();
    private SpecialtyForm specialtyForm = new SpecialtyForm();
    private CommitteeForm committeeForm = new CommitteeForm();
    private OfficeForm officeForm = new OfficeForm();
    private ReviewYearForm reviewYearForm = new ReviewYearForm();
    private FeeForm feeForm = new FeeForm();
    private CalendarDayForm dayForm = new CalendarDayForm();
    private CommitteeDeadlineForm deadlineForm = new CommitteeDeadlineForm();
    private LocalDateTime newDeadline;
    private boolean confirmPast;
    private boolean deadlineNeedsConfirm;

    @PostConstruct
    void init() {
        reload();
        year = reviewYears.isEmpty() ? LocalDateTime.now().getYear() : reviewYears.get(0).getYear();
        calendarYear = year;
        reloadDeadlines();
        reloadCalendar();
        changes = new PagedModel<>((first, size) -> catalogue.changes(first, size), CatalogueChangeView::id);
    }

    private void reload() {
        series = catalogue.series();
        titles = catalogue.titles();
        specialties = catalogue.specialties();
        committees = catalogue.committees();
        offices = catalogue.offices();
        reviewYears = catalogue.reviewYears();
        fees = catalogue.fees();
    }

    public void reloadDeadlines() {
        deadlines = reviewYears.stream().anyMatch(y -> y.getYear() == year) ? catalogue.deadlines(year) : List.of();
    }

    public void reloadCalendar() {
        calendar = catalogue.calendar(calendarYear);
    }

    // ---- the dialogs: open a copy, save through the service

    public void newSeries() {
        seriesForm = new SeriesForm();
    }

    public void editSeries(SeriesForm row) {
        seriesForm = new SeriesForm();
        seriesForm.setId(row.getId());
        seriesForm.setName(row.getName());
    }

    public void saveSeries() {
        save("series", () -> catalogue.saveSeries(seriesForm));
    }

    public void newTitle() {
        titleForm = new TitleForm();
    }

    public void editTitle(TitleForm row) {
        titleForm = new TitleForm();
        titleForm.setId(row.getId());
        titleForm.setSeriesId(row.getSeriesId());
        titleForm.setLevel(row.getLevel());
        titleForm.setName(row.getName());
    }

    public void saveTitle() {
        save("title", () -> catalogue.saveTitle(titleForm));
    }

    public void newSpecialty() {
        specialtyForm = new SpecialtyForm();
        specialtyForm.setExamMode(ExamMode.NONE);
    }

    public void editSpecialty(SpecialtyForm row) {
        specialtyForm = new SpecialtyForm();
        specialtyForm.setId(row.getId());
        specialtyForm.setTitleId(row.getTitleId());
        specialtyForm.setCommitteeId(row.getCommitteeId());
        specialtyForm.setName(row.getName());
        specialtyForm.setExamMode(row.getExamMode());
    }

    public void saveSpecialty() {
        save("specialty", () -> catalogue.saveSpecialty(specialtyForm));
    }

    public void newCommittee() {
        committeeForm = new CommitteeForm();
    }

    public void editCommittee(CommitteeForm row) {
        committeeForm = new CommitteeForm();
        committeeForm.setId(row.getId());
        committeeForm.setName(row.getName());
        committeeForm.setOfficeId(row.getOfficeId());
        committeeForm.setMemberCount(row.getMemberCount());
    }

    public void saveCommittee() {
        save("committee", () -> catalogue.saveCommittee(committeeForm));
    }

    public void newOffice() {
        officeForm = new OfficeForm();
    }

    public void editOffice(OfficeForm row) {
        officeForm = new OfficeForm();
        officeForm.setId(row.getId());
        officeForm.setName(row.getName());
        officeForm.setPhone(row.getPhone());
        officeForm.setAddress(row.getAddress());
    }

    public void saveOffice() {
        save("office", () -> catalogue.saveOffice(officeForm));
    }

    public void newReviewYear() {
        reviewYearForm = new ReviewYearForm();
    }

    public void editReviewYear(ReviewYearForm row) {
        ReviewYearForm f = new ReviewYearForm();
        f.setId(row.getId());
        f.setYear(row.getYear());
        f.setApplicationStart(row.getApplicationStart());
        f.setApplicationEnd(row.getApplicationEnd());
        f.setOfficeDeadline(row.getOfficeDeadline());
        f.setSeniorityCutoff(row.getSeniorityCutoff());
        f.setMaterialCutoff(row.getMaterialCutoff());
        f.setContinuingEducationFrom(row.getContinuingEducationFrom());
        f.setAnnouncementUrl(row.getAnnouncementUrl());
        reviewYearForm = f;
    }

    public void saveReviewYear() {
        save("year", () -> catalogue.saveReviewYear(reviewYearForm));
        reloadDeadlines();
    }

    public void editDeadline(CommitteeDeadlineForm row) {
        deadlineForm = row;
        newDeadline = row.getEffectiveDeadline();
        confirmPast = false;
        deadlineNeedsConfirm = false;
    }

    /** 保存 the committee's deadline; a passed one needs 确认 (the cut-off is then started by hand). */
    public void saveDeadline() {
        try {
            catalogue.moveDeadline(deadlineForm.getCommitteeId(), deadlineForm.getYear(), newDeadline, confirmPast);
            deadlineNeedsConfirm = false;
            Messages.info(text("catalogue.saved"));
            reloadDeadlines();
        } catch (CatalogueRefusedException refused) {
            deadlineNeedsConfirm = refused.key() == MessageKey.DEADLINE_IN_PAST_UNCONFIRMED;
            Messages.refused(clientId("deadline", refused.field()), refused, localeView.getLocale());
        }
    }

    public void editFee(FeeForm row) {
        feeForm = new FeeForm();
        feeForm.setLevel(row.getLevel());
        feeForm.setAmount(row.getAmount());
        feeForm.setNote(row.getNote());
        feeForm.setExisting(row.isExisting());
    }

    public void saveFee() {
        save("fee", () -> catalogue.saveFee(feeForm));
    }

    public void newDay() {
        dayForm = new CalendarDayForm();
        dayForm.setKind("HOLIDAY");
    }

    public void editDay(CalendarDayForm row) {
        dayForm = new CalendarDayForm();
        dayForm.setDay(row.getDay());
        dayForm.setKind(row.getKind());
        dayForm.setName(row.getName());
        dayForm.setExisting(true);
    }

    public void saveDay() {
        save("day", () -> catalogue.saveCalendarDay(dayForm));
        reloadCalendar();
    }

    public void deleteDay(CalendarDayForm row) {
        try {
            catalogue.deleteCalendarDay(row.getDay());
            Messages.info(text("catalogue.deleted"));
        } catch (CatalogueRefusedException refused) {
            Messages.refused(null, refused, localeView.getLocale());
        }
        reloadCalendar();
    }

    /** 导入 (.xlsx: 日期, 类型, 名称). */
    public void importCalendar(FileUploadEvent event) {
        try {
            CalendarImported done = catalogue.importCalendar(event.getFile().getContent());
            Messages.info(text("catalogue.calendar.imported"), done.added(), done.changed());
        } catch (CatalogueRefusedException refused) {
            Messages.refused(null, refused, localeView.getLocale());
        }
        reloadCalendar();
    }

    /** 删除 a series, title, specialty, committee or office that nothing uses. */
    public void delete(String kind, long id) {
        try {
            catalogue.delete(kind, id);
            Messages.info(text("catalogue.deleted"));
            reload();
        } catch (CatalogueRefusedException refused) {
            Messages.refused(null, refused, localeView.getLocale());
        }
    }

    private void save(String dialog, Supplier<Object> save) {
        try {
            save.get();
            Messages.info(text("catalogue.saved"));
            reload();
        } catch (CatalogueRefusedException refused) {
            Messages.refused(clientId(dialog, refused.field()), refused, localeView.getLocale());
        }
    }

    /** The input a refusal is about ({@code catalogue:<dialog>-<field>}), else the dialog's own messages. */
    private static String clientId(String dialog, String field) {
        return "catalogue:" + dialog + "-" + (field == null ? "messages" : field);
    }

    public StreamedContent getChangesExport() {
        List<ExportColumn<CatalogueChangeView>> columns = List.of(
                ExportColumn.of("时间", CatalogueChangeView::occurredAt, 18),
                ExportColumn.of("操作人", CatalogueChangeView::username, 12),
                ExportColumn.of("数据类别", CatalogueChangeView::entity, 14),
                ExportColumn.of("编号", CatalogueChangeView::entityKey, 14),
                ExportColumn.of("操作", CatalogueChangeView::action, 8),
                ExportColumn.of("修改前", CatalogueChangeView::before, 60),
                ExportColumn.of("修改后", CatalogueChangeView::after, 60));
        return Exports.xlsx(text("catalogue.tab.changes"), columns,
                Exports.pages((after, max) -> catalogue.changesAfter(after, max), CatalogueChangeView::id));
    }

    /** 导出Excel of one of the small catalogue lists (one page: they are read whole). */
    public StreamedContent export(String kind) {
        return switch (kind) {
            case "specialties" -> Exports.xlsx(text("catalogue.tab.specialties"), List.of(
                    ExportColumn.<SpecialtyForm>of("编号", SpecialtyForm::getId, 8),
                    ExportColumn.<SpecialtyForm>of("资格名称", SpecialtyForm::getTitleName, 30),
                    ExportColumn.<SpecialtyForm>of("专业名称", SpecialtyForm::getName, 24),
                    ExportColumn.<SpecialtyForm>of("考评方式", s -> s.getExamMode().label(), 12),
                    ExportColumn.<SpecialtyForm>of("评审的资格评委会", SpecialtyForm::getCommitteeName, 40)),
                    whole(specialties, SpecialtyForm::getId));
            case "committees" -> Exports.xlsx(text("catalogue.tab.committees"), List.of(
                    ExportColumn.<CommitteeForm>of("编号", CommitteeForm::getId, 8),
                    ExportColumn.<CommitteeForm>of("评委会名称", CommitteeForm::getName, 40),
                    ExportColumn.<CommitteeForm>of("日常工作部门", CommitteeForm::getOfficeName, 40),
                    ExportColumn.<CommitteeForm>of("委员人数", CommitteeForm::getMemberCount, 10)),
                    whole(committees, CommitteeForm::getId));
            default -> Exports.xlsx(text("catalogue.tab.titles"), List.of(
                    ExportColumn.<TitleForm>of("编号", TitleForm::getId, 8),
                    ExportColumn.<TitleForm>of("资格系列", TitleForm::getSeriesName, 20),
                    ExportColumn.<TitleForm>of("级别", t -> t.getLevel().label(), 10),
                    ExportColumn.<TitleForm>of("资格名称", TitleForm::getName, 24)),
                    whole(titles, TitleForm::getId));
        };
    }

    /** A list read whole (reference data) as keyset pages: the rows above the key, in key order. */
    private static <R> cn.zhicheng.application.export.KeysetPages<R> whole(List<R> rows,
                                                                           java.util.function.Function<R, Long> key) {
        List<R> sorted = rows.stream().sorted(java.util.Comparator.comparing(key)).toList();
        return Exports.pages((after, max) -> sorted.stream().filter(r -> after == null || key.apply(r) > after)
                .limit(max).toList(), r -> key.apply(r));
    }

    private String text(String key) {
        return localeView.bundle().getString(key);
    }

    // ---- labels and choices

    public String levelLabel(TitleLevel level) {
        return level == null ? "" : localeView.isChinese() ? level.label() : level.name();
    }

    public String examModeLabel(ExamMode mode) {
        return mode == null ? "" : mode.label();
    }

    public String kindLabel(String kind) {
        return text("catalogue.calendar.kind." + kind);
    }

    public List<TitleLevel> getLevels() {
        return List.of(TitleLevel.values());
    }

    public List<ExamMode> getExamModes() {
        return List.of(ExamMode.values());
    }

    public List<Integer> getYears() {
        return reviewYears.stream().map(ReviewYearForm::getYear).toList();
    }

    /** The review years and the years around them and this one, latest first. */
    public List<Integer> getCalendarYears() {
        int now = LocalDateTime.now().getYear();
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>(getYears());
        int from = Math.min(now, years.isEmpty() ? now : years.first()) - 1;
        int to = Math.max(now, years.isEmpty() ? now : years.last()) + 1;
        for (int y = from; y <= to; y++) {
            years.add(y);
        }
        return List.copyOf(years.descendingSet());
    }

    // ---- getters and setters

    public List<SeriesForm> getSeries() {
        return series;
    }

    public List<TitleForm> getTitles() {
        return titles;
    }

    public List<SpecialtyForm> getSpecialties() {
        return specialties;
    }

    public List<CommitteeForm> getCommittees() {
        return committees;
    }

    public List<OfficeForm> getOffices() {
        return offices;
    }

    public List<ReviewYearForm> getReviewYears() {
        return reviewYears;
    }

    public List<CommitteeDeadlineForm> getDeadlines() {
        return deadlines;
    }

    public List<FeeForm> getFees() {
        return fees;
    }

    public List<CalendarDayForm> getCalendar() {
        return calendar;
    }

    public PagedModel<CatalogueChangeView> getChanges() {
        return changes;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getCalendarYear() {
        return calendarYear;
    }

    public void setCalendarYear(int calendarYear) {
        this.calendarYear = calendarYear;
    }

    public SeriesForm getSeriesForm() {
        return seriesForm;
    }

    public TitleForm getTitleForm() {
        return titleForm;
    }

    public SpecialtyForm getSpecialtyForm() {
        return specialtyForm;
    }

    public CommitteeForm getCommitteeForm() {
        return committeeForm;
    }

    public OfficeForm getOfficeForm() {
        return officeForm;
    }

    public ReviewYearForm getReviewYearForm() {
        return reviewYearForm;
    }

    public FeeForm getFeeForm() {
        return feeForm;
    }

    public CalendarDayForm getDayForm() {
        return dayForm;
    }

    public CommitteeDeadlineForm getDeadlineForm() {
        return deadlineForm;
    }

    public LocalDateTime getNewDeadline() {
        return newDeadline;
    }

    public void setNewDeadline(LocalDateTime newDeadline) {
        this.newDeadline = newDeadline;
    }

    public boolean isConfirmPast() {
        return confirmPast;
    }

    public void setConfirmPast(boolean confirmPast) {
        this.confirmPast = confirmPast;
    }

    public boolean isDeadlineNeedsConfirm() {
        return deadlineNeedsConfirm;
    }
}
