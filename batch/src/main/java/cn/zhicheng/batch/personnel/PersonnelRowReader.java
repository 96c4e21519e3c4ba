package cn.zhicheng.batch.personnel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.ImportRow;
import cn.zhicheng.application.PersonnelImportSteps;
import cn.zhicheng.infrastructure.excel.PersonnelSheets;

/**
 * Reads the staged template row by row: copies its parts from the database (where every node can read them) to a
 * temporary file of the node running the step, a part at a time, and streams the sheet from there. The checkpoint
 * is the sheet row of the last item handed out; a restart skips the rows up to it.
 */
@Named
public class PersonnelRowReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String importId;

    @EJB
    PersonnelImportSteps steps;

    private Path file;
    private PersonnelSheets.Reader sheet;
    private int lastRow;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        long id = Long.parseLong(importId);
        lastRow = checkpoint == null ? 0 : (Integer) checkpoint;
        file = Files.createTempFile("zc-import-" + id + "-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            int parts = steps.partCount(id);
            for (int p = 0; p < parts; p++) {
                out.write(steps.part(id, p));
            }
        }
        sheet = PersonnelSheets.open(file.toFile());
    }

    @Override
    public Object readItem() {
        while (sheet.hasNext()) {
            ImportRow row = sheet.next();
            if (row.rowNo() > lastRow) {
                lastRow = row.rowNo();
                return row;
            }
        }
        return null;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRow;
    }

    @Override
    public void close() throws IOException {
        try {
            if (sheet != null) {
                sheet.close();
            }
        } finally {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        }
    }
}
