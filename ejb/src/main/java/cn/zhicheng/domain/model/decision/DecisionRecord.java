package cn.zhicheng.domain.model.decision;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;

import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.party.Role;

/**
 * One decision taken on an application, linked to the history entry written with it. This class alone records the
 * kinds that carry only an opinion (submit, withdraw, unit return, office and bureau opinions, deadline closure);
 * the subclasses add their own table. Append-only: no setters, every column insert-only.
 */
@Entity
@Table(name = "decision_record")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "kind", length = 20)
@DiscriminatorValue("OPINION")
public class DecisionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "history_id", nullable = false, updatable = false)
    private Long historyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Action action;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private LocalDateTime decidedAt;

    @Column(name = "actor_username", nullable = false, updatable = false)
    private String actorUsername;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", nullable = false, updatable = false)
    private Role actorRole;

    @Column(updatable = false, length = 2000)
    private String opinion;

    protected DecisionRecord() {
    }

    public DecisionRecord(Header header) {
        this.applicationId = header.applicationId();
        this.historyId = header.historyId();
        this.action = header.action();
        this.decidedAt = header.decidedAt();
        this.actorUsername = header.actorUsername();
        this.actorRole = header.actorRole();
        this.opinion = header.opinion();
    }

    /** What every decision record holds: whose decision on which application, when, and its history entry. */
    public record Header(Long applicationId, Long historyId, Action action, LocalDateTime decidedAt,
                         String actorUsername, Role actorRole, String opinion) {
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Long getHistoryId() {
        return historyId;
    }

    public Action getAction() {
        return action;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public Role getActorRole() {
        return actorRole;
    }

    public String getOpinion() {
        return opinion;
    }
}
