package cn.zhicheng.domain.model.party;

import cn.zhicheng.domain.shared.Labelled;

/** Where a personnel import stands: its job runs, ran to its end, or failed or was stopped (restartable). */
public enum ImportStatus implements Labelled {
    RUNNING("导入中"),
    COMPLETED("导入完成"),
    FAILED("导入中断");

    private final String label;

    ImportStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
