package cn.zhicheng.application;

import java.io.Serializable;

/**
 * What a cut-off closed: {@code skipped} counts applications selected as overdue that had changed (or gone)
 * by the time they were locked, and were left as they are.
 */
public record CloseCount(int closed, int skipped) implements Serializable {

    public static final CloseCount NONE = new CloseCount(0, 0);

    public CloseCount plus(CloseCount other) {
        return new CloseCount(closed + other.closed, skipped + other.skipped);
    }
}
