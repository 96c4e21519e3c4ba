package cn.zhicheng.domain.model.party;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** What a unit admin granted a handler: a business item (业务授权) or a menu (功能菜单授权). */
@Entity
@Table(name = "handler_grant")
public class HandlerGrant {

    public enum Kind { BUSINESS_ITEM, MENU }

    /** The business-item code of this platform's item (组织市属评委会开展评审并核准通过人员专业技术资格). */
    public static final String TITLE_REVIEW_ITEM = "003";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String code;

    @Column(name = "granted_by")
    private String grantedBy;

    @Column(name = "granted_at")
    private LocalDateTime grantedAt;

    protected HandlerGrant() {
    }

    public HandlerGrant(UserAccount account, Kind kind, String code, String grantedBy, LocalDateTime grantedAt) {
        this.account = account;
        this.kind = kind;
        this.code = code;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public Kind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public LocalDateTime getGrantedAt() {
        return grantedAt;
    }
}
