package cn.zhicheng.application.internal;

import cn.zhicheng.application.DeadlineService;
import cn.zhicheng.application.Page;
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
import cn.zhicheng.domain.model.catalogue.CalendarDay;
import cn.zhicheng.domain.model.catalogue.CatalogueChange;
import cn.zhicheng.domain.model.catalogue.Committee;
import cn.zhicheng.domain.model.catalogue.CommitteeDeadline;
import cn.zhicheng.domain.model.catalogue.ExamMode;
import cn.zhicheng.domain.model.catalogue.Fee;
import cn.zhicheng.domain.model.catalogue.Office;
import cn.zhicheng.domain.model.catalogue.ReviewYear;
import cn.zhicheng.domain.model.catalogue.Specialty;
import cn.zhicheng.domain.model.catalogue.Title;
import cn.zhicheng.domain.model.catalogue.TitleSeries;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.shared.MessageKey;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * 基础数据 for the platform operator. Each save validates (the refusal names its form field), applies the entity's
 * intent method, writes one {@link CatalogueChange} (before/after) and raises {@code catalogue_revision} in the same
 * transaction; EclipseLink merges the change into this node's shared cache at commit, and {@link CatalogueCacheCheck}
 * makes other nodes evict theirs when they next read the catalogue.
 */
@Stateless
@RolesAllowed(Role.SYS_ADMIN_NAME)
public class DefaultCatalogueAdminService implements CatalogueAdminService {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    @EJB
    DeadlineService deadlineService;

    // ---------------------------------------------------------------- series

    @Override
    public List<SeriesForm> series() {
        return em.createQuery("SELECT s.id, s.name, (SELECT COUNT(t) FROM Title t WHERE t.series = s) "
                + "FROM TitleSeries s ORDER BY s.id", Object[].class).getResultList().stream().map(r -> {
                    SeriesForm f = new SeriesForm();
                    f.setId((Long) r[0]);
                    f.setName((String) r[1]);
                    f.setTitleCount(((Number) r[2]).longValue());
                    return f;
                }).toList();
    }

    @Override
    public SeriesForm saveSeries(SeriesForm form) {
        String name = text("name", "系列名称", form.getName(), 100, true);
        unique("name", "资格系列", name, "SELECT COUNT(s) FROM TitleSeries s WHERE s.name = :v AND s.id <> :id", form.getId());
        TitleSeries series;
        String before = null;
        if (form.getId() == null) {
            series = new TitleSeries(null, name);
            em.persist(series);
        } else {
            series = find(TitleSeries.class, form.getId());
            before = describe("名称", series.getName());
            series.rename(name);
        }
        em.flush();
        changed("资格系列", series.getId(), form.getId() == null, before, describe("名称", name));
        form.setId(series.getId());
        return form;
    }

    // ---------------------------------------------------------------- titles

    @Override
    public List<TitleForm> titles() {
        return em.createQuery("SELECT t FROM Title t ORDER BY t.series.id, t.level, t.id", Title.class).getResultList()
                .stream().map(t -> {
                    TitleForm f = new TitleForm();
                    f.setId(t.getId());
                    f.setSeriesId(t.getSeries().getId());
                    f.setSeriesName(t.getSeries().getName());
                    f.setLevel(t.getLevel());
                    f.setName(t.getName());
                    return f;
                }).toList();
    }

    @Override
    public TitleForm saveTitle(TitleForm form) {
        String name = text("name", "资格名称", form.getName(), 100, true);
        TitleSeries series = required("series", "资格系列", form.getSeriesId(), TitleSeries.class);
        if (form.getLevel() == null) {
            throw new CatalogueRefusedException("level", MessageKey.CATALOGUE_FIELD_REQUIRED, "级别");
        }
        long same = em.createQuery("SELECT COUNT(t) FROM Title t WHERE t.series = :s AND t.level = :l AND t.name = :n "
                        + "AND t.id <> :id", Long.class).setParameter("s", series).setParameter("l", form.getLevel())
                .setParameter("n", name).setParameter("id", idOrNone(form.getId())).getSingleResult();
        if (same > 0) {
            throw new CatalogueRefusedException("name", MessageKey.CATALOGUE_NAME_TAKEN, "资格名称", name);
        }
        Title title;
        String before = null;
        if (form.getId() == null) {
            title = new Title(null, series, form.getLevel(), name);
            em.persist(title);
        } else {
            title = find(Title.class, form.getId());
            before = describe("系列", title.getSeries().getName(), "级别", title.getLevel().label(), "名称", title.getName());
            title.change(series, form.getLevel(), name);
        }
        em.flush();
        changed("资格名称", title.getId(), form.getId() == null, before,
                describe("系列", series.getName(), "级别", form.getLevel().label(), "名称", name));
        form.setId(title.getId());
        return form;
    }

    // ---------------------------------------------------------------- specialties

    @Override
    public List<SpecialtyForm> specialties() {
        return em.createQuery("SELECT s FROM Specialty s ORDER BY s.title.series.id, s.title.level, s.title.id, s.id",
                Specialty.class).getResultList().stream().map(s -> {
                    SpecialtyForm f = new SpecialtyForm();
                    f.setId(s.getId());
                    f.setTitleId(s.getTitle().getId());
                    f.setTitleName(s.getTitle().getName() + "（" + s.getTitle().getLevel().label() + "，"
                            + s.getSeries().getName() + "）");
                    f.setCommitteeId(s.getCommittee().getId());
                    f.setCommitteeName(s.getCommittee().getName());
                    f.setName(s.getName());
                    f.setExamMode(s.getExamMode());
                    return f;
                }).toList();
    }

    @Override
    public SpecialtyForm saveSpecialty(SpecialtyForm form) {
        String name = text("name", "专业名称", form.getName(), 100, true);
        Title title = required("title", "资格名称", form.getTitleId(), Title.class);
        if (form.getCommitteeId() == null) {
            throw new CatalogueRefusedException("committee", MessageKey.SPECIALTY_COMMITTEE_REQUIRED);
        }
        Committee committee = find(Committee.class, form.getCommitteeId());
        ExamMode examMode = form.getExamMode() == null ? ExamMode.NONE : form.getExamMode();
        long same = em.createQuery("SELECT COUNT(s) FROM Specialty s WHERE s.title = :t AND s.name = :n AND s.id <> :id",
                        Long.class).setParameter("t", title).setParameter("n", name)
                .setParameter("id", idOrNone(form.getId())).getSingleResult();
        if (same > 0) {
            throw new CatalogueRefusedException("name", MessageKey.CATALOGUE_NAME_TAKEN, "专业", name);
        }
        Specialty specialty;
        String before = null;
        if (form.getId() == null) {
            specialty = new Specialty(null, title, name, examMode, committee);
            em.persist(specialty);
        } else {
            specialty = find(Specialty.class, form.getId());
            before = describe("资格名称", specialty.getTitle().getName(), "名称", specialty.getName(), "考评方式",
                    specialty.getExamMode().name(), "评委会", specialty.getCommittee().getName());
            specialty.change(title, name, examMode, committee);
        }
        em.flush();
        changed("专业", specialty.getId(), form.getId() == null, before, describe("资格名称", title.getName(), "名称",
                name, "考评方式", examMode.name(), "评委会", committee.getName()));
        form.setId(specialty.getId());
        return form;
    }

    // ---------------------------------------------------------------- committees and offices

    @Override
    public List<CommitteeForm> committees() {
        return em.createQuery("SELECT c FROM Committee c ORDER BY c.id", Committee.class).getResultList().stream()
                .map(c -> {
                    CommitteeForm f = new CommitteeForm();
                    f.setId(c.getId());
                    f.setName(c.getName());
                    f.setOfficeId(c.getOffice().getId());
                    f.setOfficeName(c.getOffice().getName());
                    f.setMemberCount(c.getMemberCount());
                    return f;
                }).toList();
    }

    @Override
    public CommitteeForm saveCommittee(CommitteeForm form) {
        String name = text("name", "评委会名称", form.getName(), 200, true);
        Office office = required("office", "日常工作部门", form.getOfficeId(), Office.class);
        if (form.getMemberCount() < 0) {
            throw new CatalogueRefusedException("memberCount", MessageKey.MEMBER_COUNT_NEGATIVE);
        }
        unique("name", "评委会", name, "SELECT COUNT(c) FROM Committee c WHERE c.name = :v AND c.id <> :id", form.getId());
        Committee committee;
        String before = null;
        if (form.getId() == null) {
            committee = new Committee(null, name, office);
            committee.change(name, office, form.getMemberCount());
            em.persist(committee);
        } else {
            committee = find(Committee.class, form.getId());
            before = describe("名称", committee.getName(), "日常工作部门", committee.getOffice().getName(), "委员人数",
                    committee.getMemberCount());
            committee.change(name, office, form.getMemberCount());
        }
        em.flush();
        changed("评委会", committee.getId(), form.getId() == null, before,
                describe("名称", name, "日常工作部门", office.getName(), "委员人数", form.getMemberCount()));
        form.setId(committee.getId());
        return form;
    }

    @Override
    public List<OfficeForm> offices() {
        return em.createQuery("SELECT o FROM Office o ORDER BY o.id", Office.class).getResultList().stream().map(o -> {
            OfficeForm f = new OfficeForm();
            f.setId(o.getId());
            f.setName(o.getName());
            f.setPhone(o.getPhone());
            f.setAddress(o.getAddress());
            return f;
        }).toList();
    }

    @Override
    public OfficeForm saveOffice(OfficeForm form) {
        String name = text("name", "部门名称", form.getName(), 200, true);
        String phone = text("phone", "联系电话", form.getPhone(), 50, false);
        String address = text("address", "地址", form.getAddress(), 300, false);
        unique("name", "日常工作部门", name, "SELECT COUNT(o) FROM Office o WHERE o.name = :v AND o.id <> :id", form.getId());
        Office office;
        String before = null;
        if (form.getId() == null) {
            office = new Office(null, name);
            office.change(name, phone, address);
            em.persist(office);
        } else {
            office = find(Office.class, form.getId());
            before = describe("名称", office.getName(), "电话", office.getPhone(), "地址", office.getAddress());
            office.change(name, phone, address);
        }
        em.flush();
        changed("日常工作部门", office.getId(), form.getId() == null, before,
                describe("名称", name, "电话", phone, "地址", address));
        form.setId(office.getId());
        return form;
    }

    // ---------------------------------------------------------------- review years and deadlines

    @Override
    public List<ReviewYearForm> reviewYears() {
        return em.createQuery("SELECT y FROM ReviewYear y ORDER BY y.year DESC", ReviewYear.class).getResultList()
                .stream().map(DefaultCatalogueAdminService::form).toList();
    }

    private static ReviewYearForm form(ReviewYear y) {
        ReviewYearForm f = new ReviewYearForm();
        f.setId(y.getId());
        f.setYear(y.getYear());
        f.setApplicationStart(y.getApplicationStart());
        f.setApplicationEnd(y.getApplicationEnd());
        f.setOfficeDeadline(y.getOfficeDeadline());
        f.setSeniorityCutoff(y.getSeniorityCutoff());
        f.setMaterialCutoff(y.getMaterialCutoff());
        f.setContinuingEducationFrom(y.getContinuingEducationFrom());
        f.setAnnouncementUrl(y.getAnnouncementUrl());
        return f;
    }

    @Override
    public ReviewYearForm saveReviewYear(ReviewYearForm f) {
        if (f.getYear() == null || f.getYear() < 2000 || f.getYear() > 2100) {
            throw new CatalogueRefusedException("year", MessageKey.CATALOGUE_FIELD_REQUIRED, "年度");
        }
        present("applicationStart", "申报开始时间", f.getApplicationStart());
        present("applicationEnd", "申报结束时间", f.getApplicationEnd());
        present("officeDeadline", "报送日常工作部门截止时间", f.getOfficeDeadline());
        present("seniorityCutoff", "资历计算截止日期", f.getSeniorityCutoff());
        present("materialCutoff", "业绩材料截止日期", f.getMaterialCutoff());
        present("continuingEducationFrom", "继续教育起算日期", f.getContinuingEducationFrom());
        String url = text("announcementUrl", "相关公告", f.getAnnouncementUrl(), 500, false);
        if (url != null && !url.matches("(?i)https?://\\S+")) {
            throw new CatalogueRefusedException("announcementUrl", MessageKey.URL_INVALID);
        }
        if (!f.getApplicationEnd().isAfter(f.getApplicationStart())) {
            throw new CatalogueRefusedException("applicationEnd", MessageKey.REVIEW_YEAR_WINDOW_INVALID);
        }
        if (f.getOfficeDeadline().isBefore(f.getApplicationStart())) {
            throw new CatalogueRefusedException("officeDeadline", MessageKey.DEADLINE_BEFORE_WINDOW,
                    f.getApplicationStart().format(MINUTE));
        }
        if (em.createQuery("SELECT COUNT(y) FROM ReviewYear y WHERE y.year = :y AND y.id <> :id", Long.class)
                .setParameter("y", f.getYear()).setParameter("id", idOrNone(f.getId())).getSingleResult() > 0) {
            throw new CatalogueRefusedException("year", MessageKey.CATALOGUE_NAME_TAKEN, "评委会年度", String.valueOf(f.getYear()));
        }
        for (ReviewYear other : em.createQuery("SELECT y FROM ReviewYear y WHERE y.id <> :id", ReviewYear.class)
                .setParameter("id", idOrNone(f.getId())).getResultList()) {
            if (other.windowOverlaps(f.getApplicationStart(), f.getApplicationEnd())) {
                throw new CatalogueRefusedException("applicationStart", MessageKey.REVIEW_YEAR_WINDOW_OVERLAPS,
                        other.getYear(), other.getApplicationStart().format(MINUTE),
                        other.getApplicationEnd().format(MINUTE));
            }
        }
        ReviewYear year;
        String before = null;
        if (f.getId() == null) {
            year = new ReviewYear(null, f.getYear(), f.getApplicationStart(), f.getApplicationEnd(), f.getOfficeDeadline(),
                    f.getSeniorityCutoff(), f.getMaterialCutoff(), f.getContinuingEducationFrom());
            year.change(f.getYear(), f.getApplicationStart(), f.getApplicationEnd(), f.getOfficeDeadline(),
                    f.getSeniorityCutoff(), f.getMaterialCutoff(), f.getContinuingEducationFrom(), url);
            em.persist(year);
        } else {
            year = find(ReviewYear.class, f.getId());
            before = describe(form(year));
            year.change(f.getYear(), f.getApplicationStart(), f.getApplicationEnd(), f.getOfficeDeadline(),
                    f.getSeniorityCutoff(), f.getMaterialCutoff(), f.getContinuingEducationFrom(), url);
        }
        em.flush();
        changed("评委会年度", year.getId(), f.getId() == null, before, describe(form(year)));
        f.setId(year.getId());
        return f;
    }

    @Override
    public List<CommitteeDeadlineForm> deadlines(int year) {
        ReviewYear reviewYear = reviewYear(year);
        List<CommitteeDeadlineForm> rows = new ArrayList<>();
        for (Object[] r : em.createQuery("SELECT c.id, c.name, d.officeDeadline, d.closedAt FROM Committee c "
                        + "LEFT JOIN CommitteeDeadline d ON d.key.committeeId = c.id AND d.key.reviewYearId = :y "
                        + "ORDER BY c.id", Object[].class).setParameter("y", reviewYear.getId()).getResultList()) {
            CommitteeDeadlineForm f = new CommitteeDeadlineForm();
            f.setCommitteeId((Long) r[0]);
            f.setCommitteeName((String) r[1]);
            f.setYear(year);
            f.setOwnDeadline((LocalDateTime) r[2]);
            f.setEffectiveDeadline(r[2] != null ? (LocalDateTime) r[2] : reviewYear.getOfficeDeadline());
            f.setClosedAt((LocalDateTime) r[3]);
            rows.add(f);
        }
        return rows;
    }

    @Override
    public void moveDeadline(long committeeId, int year, LocalDateTime deadline, boolean confirmedPast) {
        present("deadline", "截止时间", deadline);
        ReviewYear reviewYear = reviewYear(year);
        Committee committee = find(Committee.class, committeeId);
        if (deadline.isBefore(reviewYear.getApplicationStart())) {
            throw new CatalogueRefusedException("deadline", MessageKey.DEADLINE_BEFORE_WINDOW,
                    reviewYear.getApplicationStart().format(MINUTE));
        }
        if (!deadline.isAfter(LocalDateTime.now(clock)) && !confirmedPast) {
            throw new CatalogueRefusedException("deadline", MessageKey.DEADLINE_IN_PAST_UNCONFIRMED,
                    deadline.format(MINUTE));
        }
        CommitteeDeadline own = em.find(CommitteeDeadline.class, new CommitteeDeadline.Key(committeeId, reviewYear.getId()));
        LocalDateTime before = own != null ? own.getOfficeDeadline() : reviewYear.getOfficeDeadline();
        // the deadline service fires DeadlineMoved: the cut-off's timer moves after commit
        deadlineService.moveDeadline(committeeId, year, deadline);
        changed("评委会截止时间", committeeId + "/" + year, false,
                describe("评委会", committee.getName(), "截止时间", before.format(MINUTE)),
                describe("评委会", committee.getName(), "截止时间", deadline.format(MINUTE)));
    }

    // ---------------------------------------------------------------- fees

    @Override
    public List<FeeForm> fees() {
        Map<cn.zhicheng.domain.model.catalogue.TitleLevel, Fee> byLevel = new LinkedHashMap<>();
        em.createQuery("SELECT f FROM Fee f", Fee.class).getResultList().forEach(f -> byLevel.put(f.getLevel(), f));
        List<FeeForm> rows = new ArrayList<>();
        for (var level : cn.zhicheng.domain.model.catalogue.TitleLevel.values()) {
            FeeForm f = new FeeForm();
            f.setLevel(level);
            Fee fee = byLevel.get(level);
            f.setExisting(fee != null);
            if (fee != null) {
                f.setAmount(fee.getAmount());
                f.setNote(fee.getNote());
            }
            rows.add(f);
        }
        return rows;
    }

    @Override
    public FeeForm saveFee(FeeForm form) {
        if (form.getLevel() == null) {
            throw new CatalogueRefusedException("level", MessageKey.CATALOGUE_FIELD_REQUIRED, "级别");
        }
        if (form.getAmount() == null || form.getAmount().signum() <= 0
                || form.getAmount().scale() > 2 || form.getAmount().compareTo(new BigDecimal("99999999")) > 0) {
            throw new CatalogueRefusedException("amount", MessageKey.FEE_AMOUNT_INVALID);
        }
        String note = text("note", "说明", form.getNote(), 200, false);
        Fee fee = em.find(Fee.class, form.getLevel());
        String before = null;
        if (fee == null) {
            fee = new Fee(form.getLevel(), form.getAmount());
            fee.setNote(note);
            em.persist(fee);
        } else {
            before = describe("金额", fee.getAmount().toPlainString(), "说明", fee.getNote());
            fee.change(form.getAmount(), note);
        }
        em.flush();
        changed("收费标准", form.getLevel().label(), before == null, before,
                describe("金额", form.getAmount().toPlainString(), "说明", note));
        form.setExisting(true);
        return form;
    }

    // ---------------------------------------------------------------- calendar

    @Override
    public List<CalendarDayForm> calendar(int year) {
        return em.createQuery("SELECT d FROM CalendarDay d WHERE d.day >= :from AND d.day < :to ORDER BY d.day",
                        CalendarDay.class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultList().stream().map(d -> {
                    CalendarDayForm f = new CalendarDayForm();
                    f.setDay(d.getDay());
                    f.setKind(d.getKind().name());
                    f.setName(d.getName());
                    f.setExisting(true);
                    return f;
                }).toList();
    }

    @Override
    public CalendarDayForm saveCalendarDay(CalendarDayForm form) {
        present("day", "日期", form.getDay());
        CalendarDay.Kind kind = kind(form.getKind());
        String name = text("name", "名称", form.getName(), 100, true);
        checkDay(form.getDay(), kind);
        write(form.getDay(), kind, name);
        form.setExisting(true);
        return form;
    }

    @Override
    public void deleteCalendarDay(LocalDate day) {
        CalendarDay found = em.find(CalendarDay.class, day);
        if (found == null) {
            throw new CatalogueRefusedException(null, MessageKey.CATALOGUE_NOT_FOUND);
        }
        changed("节假日", day.toString(), false, describe("类型", found.getKind().name(), "名称", found.getName()), null);
        em.remove(found);
    }

    @Override
    public CalendarImported importCalendar(byte[] xlsx) {
        // by content: an .xlsx is a zip (PK\3\4)
        if (xlsx == null || xlsx.length < 4 || xlsx[0] != 'P' || xlsx[1] != 'K' || xlsx[2] != 3 || xlsx[3] != 4) {
            throw new CatalogueRefusedException("file", MessageKey.CALENDAR_IMPORT_NOT_XLSX);
        }
        record Line(LocalDate day, CalendarDay.Kind kind, String name) {
        }
        List<Line> lines = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            for (Row row : (Iterable<Row>) rows::iterator) {
                String first = cellText(row, 0);
                if (first == null || (row.getRowNum() == 1 && first.contains("日期"))) {
                    continue;
                }
                try {
                    LocalDate day = day(row);
                    CalendarDay.Kind kind = kind(cellText(row, 1));
                    String name = text("file", "名称", cellText(row, 2), 100, true);
                    checkDay(day, kind);
                    lines.add(new Line(day, kind, name));
                } catch (CatalogueRefusedException bad) {
                    throw new CatalogueRefusedException("file", MessageKey.CALENDAR_IMPORT_ROW_INVALID, row.getRowNum(),
                            bad.getMessage());
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof CatalogueRefusedException refused) {
                throw refused;
            }
            throw new CatalogueRefusedException("file", MessageKey.CALENDAR_IMPORT_NOT_XLSX);
        }
        if (lines.isEmpty()) {
            throw new CatalogueRefusedException("file", MessageKey.CALENDAR_IMPORT_EMPTY);
        }
        int added = 0;
        int changed = 0;
        for (Line line : lines) {
            if (write(line.day(), line.kind(), line.name())) {
                added++;
            } else {
                changed++;
            }
        }
        return new CalendarImported(added, changed);
    }

    /** Writes one day; true when it was new. */
    private boolean write(LocalDate day, CalendarDay.Kind kind, String name) {
        CalendarDay found = em.find(CalendarDay.class, day);
        if (found == null) {
            em.persist(new CalendarDay(day, kind, name));
            changed("节假日", day.toString(), true, null, describe("类型", kind.name(), "名称", name));
            return true;
        }
        if (found.getKind() != kind || !Objects.equals(found.getName(), name)) {
            String before = describe("类型", found.getKind().name(), "名称", found.getName());
            found.change(kind, name);
            changed("节假日", day.toString(), false, before, describe("类型", kind.name(), "名称", name));
        }
        return false;
    }

    private static void checkDay(LocalDate day, CalendarDay.Kind kind) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (kind == CalendarDay.Kind.WORKDAY && !weekend) {
            throw new CatalogueRefusedException("day", MessageKey.CALENDAR_WORKDAY_NOT_WEEKEND, day.toString());
        }
    }

    private static CalendarDay.Kind kind(String text) {
        String k = text == null ? "" : text.strip();
        return switch (k) {
            case "HOLIDAY", "节假日", "假日", "休息" -> CalendarDay.Kind.HOLIDAY;
            case "WORKDAY", "调休上班", "上班", "补班" -> CalendarDay.Kind.WORKDAY;
            default -> throw new CatalogueRefusedException("kind", MessageKey.CALENDAR_KIND_INVALID, k);
        };
    }

    private static LocalDate day(Row row) {
        Optional<Cell> cell = row.getOptionalCell(0);
        if (cell.isPresent() && cell.get().getType() == CellType.NUMBER) {
            return cell.get().asDate().toLocalDate();
        }
        String text = cellText(row, 0);
        try {
            return LocalDate.parse(text.replace('/', '-').strip());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new CatalogueRefusedException("day", MessageKey.CATALOGUE_FIELD_REQUIRED, "日期（yyyy-MM-dd）");
        }
    }

    private static String cellText(Row row, int c) {
        String text = row.getCellText(c);
        return text == null || text.isBlank() ? null : text.strip();
    }

    // ---------------------------------------------------------------- delete and history

    @Override
    public void delete(String kind, long id) {
        switch (kind) {
            case "series" -> deleteIfUnused(TitleSeries.class, id, "资格系列",
                    "SELECT COUNT(t) FROM Title t WHERE t.series.id = :id");
            case "title" -> deleteIfUnused(Title.class, id, "资格名称",
                    "SELECT COUNT(s) FROM Specialty s WHERE s.title.id = :id");
            case "specialty" -> deleteIfUnused(Specialty.class, id, "专业",
                    "SELECT COUNT(a) FROM Application a WHERE a.specialty.id = :id");
            case "committee" -> deleteIfUnused(Committee.class, id, "评委会",
                    "SELECT COUNT(s) FROM Specialty s WHERE s.committee.id = :id",
                    "SELECT COUNT(a) FROM Application a WHERE a.committee.id = :id",
                    "SELECT COUNT(u) FROM UserAccount u WHERE u.committee.id = :id",
                    "SELECT COUNT(d) FROM CommitteeDeadline d WHERE d.key.committeeId = :id");
            case "office" -> deleteIfUnused(Office.class, id, "日常工作部门",
                    "SELECT COUNT(c) FROM Committee c WHERE c.office.id = :id",
                    "SELECT COUNT(u) FROM UserAccount u WHERE u.office.id = :id");
            default -> throw new CatalogueRefusedException(null, MessageKey.CATALOGUE_NOT_FOUND);
        }
    }

    private <T> void deleteIfUnused(Class<T> type, long id, String label, String... uses) {
        T entity = find(type, id);
        for (String use : uses) {
            if (em.createQuery(use, Long.class).setParameter("id", id).getSingleResult() > 0) {
                throw new CatalogueRefusedException(null, MessageKey.CATALOGUE_IN_USE, label, nameOf(entity));
            }
        }
        changed(label, id, false, describe("名称", nameOf(entity)), null);
        em.remove(entity);
    }

    private static String nameOf(Object entity) {
        if (entity instanceof TitleSeries s) {
            return s.getName();
        } else if (entity instanceof Title t) {
            return t.getName();
        } else if (entity instanceof Specialty s) {
            return s.getName();
        } else if (entity instanceof Committee c) {
            return c.getName();
        } else if (entity instanceof Office o) {
            return o.getName();
        }
        return String.valueOf(entity);
    }

    @Override
    public Page<CatalogueChangeView> changes(int first, int pageSize) {
        long total = em.createQuery("SELECT COUNT(c) FROM CatalogueChange c", Long.class).getSingleResult();
        List<CatalogueChangeView> rows = first >= total ? List.of() : em.createQuery(CHANGE
                        + "ORDER BY c.occurredAt DESC, c.id DESC", CatalogueChangeView.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, pageSize), 100)).getResultList();
        return new Page<>(rows, total);
    }

    @Override
    public List<CatalogueChangeView> changesAfter(Long afterId, int max) {
        return em.createQuery(CHANGE + "WHERE c.id > :after ORDER BY c.id", CatalogueChangeView.class)
                .setParameter("after", afterId == null ? 0L : afterId)
                .setMaxResults(Math.min(Math.max(1, max), 1000)).getResultList();
    }

    private static final String CHANGE = "SELECT NEW cn.zhicheng.application.admin.CatalogueChangeView(c.id, "
            + "c.occurredAt, c.username, c.entity, c.entityKey, c.action, c.before, c.after) FROM CatalogueChange c ";

    // ---------------------------------------------------------------- helpers

    /** One history line and a new catalogue revision, in the edit's transaction. */
    private void changed(String entity, Object key, boolean created, String before, String after) {
        String action = created ? "新增" : after == null ? "删除" : "修改";
        if (!created && after != null && Objects.equals(before, after)) {
            return;
        }
        em.persist(new CatalogueChange(LocalDateTime.now(clock), session.getCallerPrincipal().getName(), entity,
                String.valueOf(key), action, before, after));
        CatalogueCacheCheck.raiseRevision(em);
    }

    private static String describe(Object... pairs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (!out.isEmpty()) {
                out.append("；");
            }
            out.append(pairs[i]).append('：').append(pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return out.toString();
    }

    private static String describe(ReviewYearForm f) {
        return describe("年度", f.getYear(), "申报开始", f.getApplicationStart().format(MINUTE), "申报结束",
                f.getApplicationEnd().format(MINUTE), "截止时间", f.getOfficeDeadline().format(MINUTE), "资历截止",
                f.getSeniorityCutoff(), "材料截止", f.getMaterialCutoff(), "继续教育起算", f.getContinuingEducationFrom(),
                "相关公告", f.getAnnouncementUrl());
    }

    /** A typed text: stripped, required or not, within its column's length (counted in characters). */
    static String text(String field, String label, String value, int max, boolean required) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            if (required) {
                throw new CatalogueRefusedException(field, MessageKey.CATALOGUE_FIELD_REQUIRED, label);
            }
            return null;
        }
        if (v.length() > max) {
            throw new CatalogueRefusedException(field, MessageKey.TEXT_TOO_LONG, label, max, v.length());
        }
        return v;
    }

    private static void present(String field, String label, Object value) {
        if (value == null) {
            throw new CatalogueRefusedException(field, MessageKey.CATALOGUE_FIELD_REQUIRED, label);
        }
    }

    private <T> T required(String field, String label, Long id, Class<T> type) {
        if (id == null) {
            throw new CatalogueRefusedException(field, MessageKey.CATALOGUE_FIELD_REQUIRED, label);
        }
        return find(type, id);
    }

    private <T> T find(Class<T> type, Object id) {
        T found = em.find(type, id);
        if (found == null) {
            throw new CatalogueRefusedException(null, MessageKey.CATALOGUE_NOT_FOUND);
        }
        return found;
    }

    private void unique(String field, String label, String value, String jpql, Long id) {
        if (em.createQuery(jpql, Long.class).setParameter("v", value).setParameter("id", idOrNone(id)).getSingleResult() > 0) {
            throw new CatalogueRefusedException(field, MessageKey.CATALOGUE_NAME_TAKEN, label, value);
        }
    }

    private static long idOrNone(Long id) {
        return id == null ? -1L : id;
    }

    private ReviewYear reviewYear(int year) {
        List<ReviewYear> found = em.createQuery("SELECT y FROM ReviewYear y WHERE y.year = :y", ReviewYear.class)
                .setParameter("y", year).getResultList();
        if (found.isEmpty()) {
            throw new CatalogueRefusedException("year", MessageKey.CATALOGUE_NOT_FOUND);
        }
        return found.get(0);
    }
}
