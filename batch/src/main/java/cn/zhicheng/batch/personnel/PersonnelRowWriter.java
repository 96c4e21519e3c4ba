package cn.zhicheng.batch.personnel;

import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.ImportRow;
import cn.zhicheng.application.PersonnelImportSteps;

/** Checks and writes one chunk of rows through {@link PersonnelImportSteps#write}, in the chunk's transaction. */
@Named
public class PersonnelRowWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String importId;

    /** Fault injection for the restart tests; absent in production. */
    @Inject
    @BatchProperty
    String failAfterItems;

    @EJB
    PersonnelImportSteps steps;

    /** Rows written by this execution (not by the one before a restart): what the fault switch counts. */
    private int writtenHere;

    @Override
    public void writeItems(List<Object> items) {
        if (failAfterItems != null && !failAfterItems.isBlank()
                && writtenHere + items.size() > Integer.parseInt(failAfterItems)) {
            throw new IllegalStateException("failAfterItems=" + failAfterItems + " reached: failing as asked");
        }
        steps.write(Long.parseLong(importId), items.stream().map(ImportRow.class::cast).toList());
        writtenHere += items.size();
    }
}
