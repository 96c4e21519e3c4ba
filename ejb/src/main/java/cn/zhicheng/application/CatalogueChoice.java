package cn.zhicheng.application;

import java.io.Serializable;

/** One option of a catalogue select: the entry's id and its Chinese name. */
public record CatalogueChoice(Long id, String label) implements Serializable {
}
