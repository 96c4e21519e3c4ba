package cn.zhicheng.application.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import cn.zhicheng.application.ImportProgress;
import cn.zhicheng.application.ImportRow;
import cn.zhicheng.application.Page;
import cn.zhicheng.application.PersonnelRow;
import cn.zhicheng.application.PersonnelService;
import cn.zhicheng.application.ReportFile;
import cn.zhicheng.domain.model.application.Actor;
import cn.zhicheng.domain.model.party.ImportStatus;
import cn.zhicheng.domain.model.party.PersonnelImport;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.model.party.Unit;
import cn.zhicheng.domain.model.party.UnitMenu;
import cn.zhicheng.domain.model.party.UnitPerson;
import cn.zhicheng.domain.model.party.UnitRefusedException;
import cn.zhicheng.domain.shared.MessageKey;
import cn.zhicheng.infrastructure.excel.PersonnelSheets;

/**
 * 人员管理 of the caller's unit: a handler needs the menu (checked by {@link UnitGrants}); every query is scoped to the
 * caller's unit, and another unit's row or import is answered as not found.
 */
@Stateless
@RolesAllowed({Role.UNIT_ADMIN_NAME, Role.UNIT_HANDLER_NAME})
public class DefaultPersonnelService implements PersonnelService {

    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_MEGABYTES = 20;
    static final int MAX_ROWS = 200_000;
    /** Error-report rows read per query (key-paged), so that a large report is not one result set. */
    private static final int REPORT_PAGE = 5_000;

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    UnitGrants grants;

    @Inject
    Clock clock;

    @Override
    public Page<PersonnelRow> list(String name, String idNumber, int first, int pageSize) {
        Actor actor = personnel("list");
        String n = blankToNull(name);
        String id = blankToNull(idNumber);
        String where = " FROM UnitPerson p WHERE p.unit.id = :unit"
                + (n == null ? "" : " AND p.name LIKE :name ESCAPE '\\'")
                + (id == null ? "" : " AND p.idNumber LIKE :id ESCAPE '\\'");
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p)" + where, Long.class);
        TypedQuery<PersonnelRow> rows = em.createQuery("SELECT NEW cn.zhicheng.application.PersonnelRow(p.id, p.name, "
                + "p.idType, p.idNumber, p.createdAt, p.createdBy)" + where + " ORDER BY p.createdAt DESC, p.id DESC",
                PersonnelRow.class);
        for (TypedQuery<?> q : List.of(count, rows)) {
            q.setParameter("unit", actor.unitId());
            if (n != null) {
                q.setParameter("name", startsWith(n));
            }
            if (id != null) {
                q.setParameter("id", startsWith(id.toUpperCase()));
            }
        }
        long total = count.getSingleResult();
        List<PersonnelRow> page = first >= total ? List.of() : rows.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE)).getResultList();
        return new Page<>(page, total);
    }

    @Override
    public List<PersonnelRow> listAfter(String name, String idNumber, Long afterId, int max) {
        Actor actor = personnel("export");
        String n = blankToNull(name);
        String id = blankToNull(idNumber);
        TypedQuery<PersonnelRow> rows = em.createQuery("SELECT NEW cn.zhicheng.application.PersonnelRow(p.id, p.name, "
                + "p.idType, p.idNumber, p.createdAt, p.createdBy) FROM UnitPerson p WHERE p.unit.id = :unit"
                + (n == null ? "" : " AND p.name LIKE :name ESCAPE '\\'")
                + (id == null ? "" : " AND p.idNumber LIKE :id ESCAPE '\\'")
                + (afterId == null ? "" : " AND p.id > :after") + " ORDER BY p.id", PersonnelRow.class);
        rows.setParameter("unit", actor.unitId());
        if (n != null) {
            rows.setParameter("name", startsWith(n));
        }
        if (id != null) {
            rows.setParameter("id", startsWith(id.toUpperCase()));
        }
        if (afterId != null) {
            rows.setParameter("after", afterId);
        }
        return rows.setMaxResults(Math.min(Math.max(1, max), 1000)).getResultList();
    }

    @Override
    public void delete(long personnelId) {
        Actor actor = personnel("delete " + personnelId);
        UnitPerson person = em.find(UnitPerson.class, personnelId);
        if (person == null || !person.getUnit().getId().equals(actor.unitId())) {
            throw new UnitRefusedException(MessageKey.PERSON_NOT_FOUND);
        }
        em.remove(person);
    }

    @Override
    public ReportFile template() {
        personnel("template");
        return new ReportFile("人员导入模板.xlsx", PersonnelSheets.XLSX, PersonnelSheets.template());
    }

    @Override
    public long stage(String fileName, InputStream content) {
        Actor actor = personnel("import");
        Path file = null;
        try {
            file = Files.createTempFile("zc-personnel-", ".upload");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = copy(content, file, sha);
            if (size == 0) {
                throw new UnitRefusedException(MessageKey.IMPORT_EMPTY_FILE);
            }
            checkFormat(file);
            int rows = countRows(file);
            Unit unit = em.find(Unit.class, actor.unitId(), LockModeType.PESSIMISTIC_WRITE);
            // the unit row lock makes two uploads of one unit take turns: one import of a unit runs at a time
            List<String> running = em.createQuery("SELECT i.fileName FROM PersonnelImport i WHERE i.unitId = :unit "
                    + "AND i.status = :running", String.class).setParameter("unit", unit.getId())
                    .setParameter("running", ImportStatus.RUNNING).setMaxResults(1).getResultList();
            if (!running.isEmpty()) {
                throw new UnitRefusedException(MessageKey.IMPORT_BUSY, running.get(0));
            }
            int parts = (int) ((size + PersonnelImport.PART_SIZE - 1) / PersonnelImport.PART_SIZE);
            PersonnelImport staged = new PersonnelImport(unit.getId(), cut(fileName == null ? "导入文件.xlsx" : fileName, 255),
                    HexFormat.of().formatHex(sha.digest()), size, parts, rows, actor.username(), LocalDateTime.now(clock));
            em.persist(staged);
            em.flush();
            storeParts(staged.getId(), file);
            return staged.getId();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file: the next clean-up of the temp directory takes it
                }
            }
        }
    }

    @Override
    public Optional<ImportProgress> latestImport() {
        Actor actor = personnel("latest import");
        return em.createQuery("SELECT i FROM PersonnelImport i WHERE i.unitId = :unit ORDER BY i.requestedAt DESC, "
                        + "i.id DESC", PersonnelImport.class).setParameter("unit", actor.unitId()).setMaxResults(1)
                .getResultList().stream().findFirst().map(DefaultPersonnelService::progressOf);
    }

    @Override
    public ImportProgress importProgress(long importId) {
        return progressOf(importOf(personnel("import " + importId), importId));
    }

    @Override
    public ReportFile errorReport(long importId) {
        PersonnelImport i = importOf(personnel("error report " + importId), importId);
        List<String[]> rows = new ArrayList<>();
        int after = 0;
        List<Object[]> page;
        do {
            @SuppressWarnings("unchecked")
            List<Object[]> next = em.createNativeQuery("SELECT row_no, name, id_number, reason FROM personnel_import_error "
                            + "WHERE import_id = ? AND row_no > ? ORDER BY row_no")
                    .setParameter(1, i.getId()).setParameter(2, after).setMaxResults(REPORT_PAGE).getResultList();
            page = next;
            for (Object[] r : page) {
                after = ((Number) r[0]).intValue();
                rows.add(new String[] {String.valueOf(after), (String) r[1], (String) r[2], (String) r[3]});
            }
        } while (page.size() == REPORT_PAGE);
        String base = i.getFileName().replaceAll("(?i)\\.xlsx$", "");
        return new ReportFile(base + "-错误报告.xlsx", PersonnelSheets.XLSX, PersonnelSheets.errorReport(rows.stream()));
    }

    static ImportProgress progressOf(PersonnelImport i) {
        return new ImportProgress(i.getId(), i.getFileName(), i.getStatus(), i.getTotalRows(), i.getImportedRows(),
                i.getRejectedRows(), i.getRequestedBy(), i.getRequestedAt(), i.getFinishedAt(), i.getExecutionId());
    }

    private PersonnelImport importOf(Actor actor, long importId) {
        PersonnelImport i = em.find(PersonnelImport.class, importId);
        if (i == null || !i.getUnitId().equals(actor.unitId())) {
            throw new UnitRefusedException(MessageKey.IMPORT_NOT_FOUND);
        }
        return i;
    }

    private Actor personnel(String what) {
        Actor actor = currentActor.get();
        grants.requireMenu(actor, UnitMenu.PERSONNEL, "personnel " + what);
        return actor;
    }

    /** Copies the upload to a temporary file (at most {@link #MAX_MEGABYTES}), hashing it on the way. */
    private static long copy(InputStream in, Path file, MessageDigest sha) throws IOException {
        long limit = MAX_MEGABYTES * 1024L * 1024L;
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                size += n;
                if (size > limit) {
                    throw new UnitRefusedException(MessageKey.IMPORT_TOO_LARGE, MAX_MEGABYTES);
                }
                sha.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        return size;
    }

    /** By content: an .xlsx is a zip (PK\3\4); an old .xls is an OLE2 compound file. */
    private static void checkFormat(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n == 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            throw new UnitRefusedException(MessageKey.IMPORT_XLS_FORMAT);
        }
        if (n < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
            throw new UnitRefusedException(MessageKey.IMPORT_NOT_XLSX);
        }
    }

    /** The template's data rows, read as the job will read them; refuses a file that is not a filled template. */
    private static int countRows(Path file) {
        int rows = 0;
        try (PersonnelSheets.Reader reader = PersonnelSheets.open(file.toFile())) {
            if (!reader.isTemplate()) {
                throw new UnitRefusedException(MessageKey.IMPORT_WRONG_TEMPLATE);
            }
            while (reader.hasNext()) {
                ImportRow ignored = reader.next();
                if (++rows > MAX_ROWS) {
                    throw new UnitRefusedException(MessageKey.IMPORT_TOO_MANY_ROWS, MAX_ROWS);
                }
            }
        } catch (UnitRefusedException refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            // a zip that is no workbook, a damaged sheet, an XML error: fastexcel's reasons are not for the user
            throw new UnitRefusedException(MessageKey.IMPORT_CORRUPT);
        }
        if (rows == 0) {
            throw new UnitRefusedException(MessageKey.IMPORT_NO_ROWS);
        }
        return rows;
    }

    /** The file into {@code personnel_import_part}, one part of at most 1 MiB per row, read a part at a time. */
    private void storeParts(long importId, Path file) throws IOException {
        byte[] part = new byte[PersonnelImport.PART_SIZE];
        try (InputStream in = Files.newInputStream(file)) {
            int partNo = 0;
            int n;
            while ((n = in.readNBytes(part, 0, part.length)) > 0) {
                byte[] content = n == part.length ? part : Arrays.copyOf(part, n);
                em.createNativeQuery("INSERT INTO personnel_import_part (import_id, part_no, content) VALUES (?, ?, ?)")
                        .setParameter(1, importId).setParameter(2, partNo++).setParameter(3, content).executeUpdate();
            }
        }
    }

    static String cut(String value, int max) {
        if (value == null) {
            return null;
        }
        return value.codePointCount(0, value.length()) <= max ? value
                : value.substring(0, value.offsetByCodePoints(0, max));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String startsWith(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
