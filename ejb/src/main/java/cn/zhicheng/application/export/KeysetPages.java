package cn.zhicheng.application.export;

import java.util.List;

/**
 * A list read a page at a time by key ({@code key > after ORDER BY key}), each page its own short service call, so
 * that an export of any size never holds more than one page: the same filter the screen shows, ordered by the key.
 */
public interface KeysetPages<R> {

    /** Up to {@code max} rows whose key is above {@code after} (null: from the start), ascending by key. */
    List<R> after(Long after, int max);

    /** The key of a row (usually its id). */
    long keyOf(R row);
}
