package cn.zhicheng.application;

import java.io.Serializable;
import java.util.List;

/**
 * An application's materials checklist as the 附件 page shows it: whether the caller may upload (the applicant while
 * editable), and one row per material.
 */
public record MaterialChecklist(long applicationId, String serialNo, String stateLabel, boolean applicantMayEdit,
                                boolean unitMayUpload, List<MaterialRow> rows) implements Serializable {

    public MaterialChecklist {
        rows = List.copyOf(rows);
    }

    /** Whether every required material of the applicant (the submit's materials) has at least one file. */
    public boolean complete() {
        return rows.stream().filter(r -> !r.kind().isUnitSide()).noneMatch(MaterialRow::missing);
    }
}
