package cn.zhicheng.application;

import java.io.Serializable;
import java.util.List;

/** One page of a list, counted and cut in the database. */
public record Page<T>(List<T> rows, long total) implements Serializable {
}
