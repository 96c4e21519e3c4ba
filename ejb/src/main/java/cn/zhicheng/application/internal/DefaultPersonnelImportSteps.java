package cn.zhicheng.application.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.application.ImportCount;
import cn.zhicheng.application.ImportRow;
import cn.zhicheng.application.PersonnelImportSteps;
import cn.zhicheng.domain.model.party.PersonnelImport;
import cn.zhicheng.domain.model.party.ResidentId;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.model.party.Unit;
import cn.zhicheng.domain.model.party.UnitPerson;
import cn.zhicheng.domain.shared.MessageKey;
import cn.zhicheng.domain.shared.Messages;

/**
 * The personnel-import job's steps, as the platform (role SYSTEM): the import names its unit, fixed when the upload
 * was staged under the uploader's grants. A chunk is written in the job's chunk transaction; a chunk that runs again
 * after a restart (its rows committed, its checkpoint not) finds its rows and reports, and adds nothing twice.
 */
@Stateless
@RolesAllowed(Role.SYSTEM_NAME)
public class DefaultPersonnelImportSteps implements PersonnelImportSteps {

    static final int MAX_NAME = 50;
    /** The error report keeps what was typed, cut to its column. */
    private static final int MAX_VALUE = 200;

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    Clock clock;

    @Override
    public int partCount(long importId) {
        return find(importId).getPartCount();
    }

    @Override
    public byte[] part(long importId, int partNo) {
        List<?> content = em.createNativeQuery("SELECT content FROM personnel_import_part WHERE import_id = ? "
                + "AND part_no = ?").setParameter(1, importId).setParameter(2, partNo).getResultList();
        if (content.isEmpty()) {
            throw new IllegalStateException("import " + importId + " has no part " + partNo);
        }
        return (byte[]) content.get(0);
    }

    @Override
    public void running(long importId, long executionId) {
        em.find(PersonnelImport.class, importId, LockModeType.PESSIMISTIC_WRITE).runBy(executionId);
    }

    @Override
    public ImportCount write(long importId, List<ImportRow> rows) {
        PersonnelImport staged = em.find(PersonnelImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
        if (staged == null) {
            throw new IllegalStateException("no personnel import " + importId);
        }
        if (rows.isEmpty()) {
            return new ImportCount(0, 0, 0);
        }
        Unit unit = em.find(Unit.class, staged.getUnitId());
        int firstRow = rows.stream().mapToInt(ImportRow::rowNo).min().orElseThrow();
        int lastRow = rows.stream().mapToInt(ImportRow::rowNo).max().orElseThrow();
        Set<Integer> reported = new HashSet<>();
        for (Object n : em.createNativeQuery("SELECT row_no FROM personnel_import_error WHERE import_id = ? "
                + "AND row_no BETWEEN ? AND ?").setParameter(1, importId).setParameter(2, firstRow)
                .setParameter(3, lastRow).getResultList()) {
            reported.add(((Number) n).intValue());
        }
        Set<String> ids = new LinkedHashSet<>();
        rows.forEach(r -> ids.add(idOf(r)));
        // who of the chunk is on the unit's list already, and whether this import put them there (one query)
        Map<String, Object[]> listed = new HashMap<>();
        for (Object[] p : em.createQuery("SELECT p.idNumber, p.importId, p.importRow FROM UnitPerson p "
                + "WHERE p.unit = :unit AND p.idNumber IN :ids", Object[].class)
                .setParameter("unit", unit).setParameter("ids", ids).getResultList()) {
            listed.put((String) p[0], p);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Map<String, Integer> firstInChunk = new HashMap<>();
        int imported = 0;
        int rejected = 0;
        int done = 0;
        for (ImportRow row : rows) {
            if (reported.contains(row.rowNo())) {
                done++;
                continue;
            }
            String name = row.name() == null ? "" : row.name().strip();
            String id = idOf(row);
            String reason = defect(name, id);
            Object[] onList = listed.get(id);
            if (reason == null && firstInChunk.containsKey(id)) {
                reason = text(MessageKey.ROW_DUPLICATE_IN_FILE, firstInChunk.get(id));
            } else if (reason == null && onList != null) {
                boolean mine = Long.valueOf(importId).equals(onList[1]);
                if (mine && Integer.valueOf(row.rowNo()).equals(onList[2])) {
                    // this very row, written by the run before the restart
                    firstInChunk.put(id, row.rowNo());
                    done++;
                    continue;
                }
                reason = mine ? text(MessageKey.ROW_DUPLICATE_IN_FILE, onList[2])
                        : text(MessageKey.ROW_ALREADY_LISTED);
            }
            if (reason == null) {
                em.persist(UnitPerson.imported(unit, name, id, staged.getRequestedBy(), now, importId, row.rowNo()));
                firstInChunk.put(id, row.rowNo());
                imported++;
            } else {
                em.createNativeQuery("INSERT INTO personnel_import_error (import_id, row_no, name, id_number, reason) "
                                + "VALUES (?, ?, ?, ?, ?)")
                        .setParameter(1, importId).setParameter(2, row.rowNo())
                        .setParameter(3, DefaultPersonnelService.cut(row.name(), MAX_VALUE))
                        .setParameter(4, DefaultPersonnelService.cut(row.idNumber(), MAX_VALUE))
                        .setParameter(5, DefaultPersonnelService.cut(reason, MAX_VALUE)).executeUpdate();
                rejected++;
            }
        }
        staged.count(imported, rejected);
        em.flush();
        return new ImportCount(imported, rejected, done);
    }

    @Override
    public void finished(long importId, boolean completed) {
        PersonnelImport staged = em.find(PersonnelImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
        LocalDateTime now = LocalDateTime.now(clock);
        if (completed) {
            staged.complete(now);
            // the file is not needed any more: a completed import is not restarted
            em.createNativeQuery("DELETE FROM personnel_import_part WHERE import_id = ?").setParameter(1, importId)
                    .executeUpdate();
        } else {
            staged.fail(now);
        }
    }

    /** Why the row's values cannot go on the list (Chinese, for the report), or null. */
    static String defect(String name, String id) {
        if (name.isEmpty()) {
            return text(MessageKey.ROW_NAME_MISSING);
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            return text(MessageKey.ROW_NAME_TOO_LONG);
        }
        if (id.isEmpty()) {
            return text(MessageKey.ROW_ID_MISSING);
        }
        ResidentId.Defect defect = ResidentId.defect(id);
        if (defect == null) {
            return null;
        }
        return text(switch (defect) {
            case LENGTH -> MessageKey.ROW_ID_LENGTH;
            case CHARACTERS -> MessageKey.ROW_ID_CHARACTERS;
            case BIRTH_DATE -> MessageKey.ROW_ID_BIRTH_DATE;
            case CHECK_DIGIT -> MessageKey.ROW_ID_CHECK_DIGIT;
        });
    }

    /** The ID number as the list keeps it: without blanks, a lower-case check letter x as X. */
    static String idOf(ImportRow row) {
        return row.idNumber() == null ? "" : row.idNumber().strip().toUpperCase();
    }

    private static String text(MessageKey key, Object... args) {
        return Messages.format(key, Messages.CHINESE, args);
    }

    private PersonnelImport find(long importId) {
        PersonnelImport staged = em.find(PersonnelImport.class, importId);
        if (staged == null) {
            throw new IllegalStateException("no personnel import " + importId);
        }
        return staged;
    }
}
