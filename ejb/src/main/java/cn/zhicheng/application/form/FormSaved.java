package cn.zhicheng.application.form;

import java.io.Serializable;

/**
 * What a form write returns for the screen's next step: the application's new version (the {@code expectedVersion}
 * of the next write) and, after {@code addRow}, the new row's id (null otherwise).
 */
public record FormSaved(long version, Long rowId) implements Serializable {
}
