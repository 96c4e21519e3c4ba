package cn.zhicheng.domain.shared;

/** A value with the Chinese label the manual uses for it in the UI. */
public interface Labelled {
    String label();
}
