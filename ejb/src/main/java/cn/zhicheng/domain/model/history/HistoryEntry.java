package cn.zhicheng.domain.model.history;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.party.Role;

/**
 * One step of an application's history (办理过程): who, in which role, when, from which state to which,
 * the opinion and the attachments. Append-only: every column is insert-only and there are no setters.
 */
@Entity
@Table(name = "application_history")
public class HistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "actor_username", nullable = false, updatable = false)
    private String actorUsername;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", nullable = false, updatable = false)
    private Role actorRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", nullable = false, updatable = false)
    private ApplicationState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false)
    private ApplicationState toState;

    @Column(updatable = false, length = 2000)
    private String opinion;

    @Column(name = "attachment_refs", updatable = false, length = 1000)
    private String attachmentRefs;

    protected HistoryEntry() {
    }

    public HistoryEntry(Long applicationId, LocalDateTime occurredAt, String actorUsername, Role actorRole,
                        Action action, ApplicationState fromState, ApplicationState toState, String opinion,
                        String attachmentRefs) {
        this.applicationId = applicationId;
        this.occurredAt = occurredAt;
        this.actorUsername = actorUsername;
        this.actorRole = actorRole;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.opinion = opinion;
        this.attachmentRefs = attachmentRefs;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public Role getActorRole() {
        return actorRole;
    }

    public Action getAction() {
        return action;
    }

    public ApplicationState getFromState() {
        return fromState;
    }

    public ApplicationState getToState() {
        return toState;
    }

    public String getOpinion() {
        return opinion;
    }

    public String getAttachmentRefs() {
        return attachmentRefs;
    }
}
