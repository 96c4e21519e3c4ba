package cn.zhicheng.domain.model.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One change of the catalogue (who, when, what, before and after), append-only: the catalogue's change history. */
@Entity
@Table(name = "catalogue_change")
public class CatalogueChange {

    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    @Column(name = "occurred_at", updatable = false)
    private LocalDateTime occurredAt;

    @Column(updatable = false)
    private String username;

    @Column(updatable = false)
    private String entity;

    @Column(name = "entity_key", updatable = false)
    private String entityKey;

    @Column(name = "change_action", updatable = false)
    private String action;

    @Column(name = "before_text", updatable = false)
    private String before;

    @Column(name = "after_text", updatable = false)
    private String after;

    protected CatalogueChange() {
    }

    public CatalogueChange(LocalDateTime occurredAt, String username, String entity, String entityKey, String action,
                           String before, String after) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.entity = entity;
        this.entityKey = entityKey;
        this.action = action;
        this.before = cut(before);
        this.after = cut(after);
    }

    private static String cut(String text) {
        return text == null || text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX);
    }

    public Long getId() {
        return id;
    }
}
