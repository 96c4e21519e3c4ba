package cn.zhicheng.application;

import java.io.Serializable;

/**
 * What one chunk of a personnel import did: rows added to the list, rows rejected (into the error report), and rows
 * found done already (a chunk rerun after a restart: neither added nor reported again).
 */
public record ImportCount(int imported, int rejected, int alreadyDone) implements Serializable {
}
