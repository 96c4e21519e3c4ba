package cn.zhicheng.application.admin;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of the catalogue's change history: who changed what, when, and the values before and after. */
public record CatalogueChangeView(long id, LocalDateTime occurredAt, String username, String entity, String entityKey,
                                  String action, String before, String after) implements Serializable {
}
