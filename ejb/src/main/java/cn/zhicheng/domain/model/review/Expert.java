package cn.zhicheng.domain.model.review;

import java.time.LocalDate;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import cn.zhicheng.domain.model.catalogue.Committee;
import cn.zhicheng.domain.model.catalogue.TitleLevel;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.model.party.UserAccount;

/**
 * A member of a committee's expert pool (专家库): who they are, their unit with its organisation code (for recusal),
 * specialty, title level and term of office; they log in with their own {@code EXPERT} account.
 */
@Entity
@Table(name = "expert")
public class Expert {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "committee_id", updatable = false)
    private Committee committee;

    @OneToOne(optional = false)
    @JoinColumn(name = "account_id", updatable = false)
    private UserAccount account;

    private String name;

    @Column(name = "unit_name")
    private String unitName;

    @Column(name = "unit_org_code")
    private String unitOrgCode;

    private String specialty;

    @Enumerated(EnumType.STRING)
    @Column(name = "title_level")
    private TitleLevel titleLevel;

    @Column(name = "term_start")
    private LocalDate termStart;

    @Column(name = "term_end")
    private LocalDate termEnd;

    @Column(name = "created_at", updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", updatable = false)
    private String createdBy;

    protected Expert() {
    }

    public Expert(UserAccount account, String unitName, String unitOrgCode, String specialty, TitleLevel titleLevel,
                  LocalDate termStart, LocalDate termEnd, String createdBy, LocalDateTime now) {
        if (account.getRole() != Role.EXPERT || account.getCommittee() == null) {
            throw new IllegalArgumentException("not an expert account of a committee: " + account.getUsername());
        }
        this.account = account;
        this.committee = account.getCommittee();
        this.name = account.getDisplayName();
        this.createdBy = createdBy;
        this.createdAt = now;
        describe(unitName, unitOrgCode, specialty, titleLevel, termStart, termEnd);
    }

    /** The office corrects the member's unit, specialty, title level or term. */
    public void describe(String unitName, String unitOrgCode, String specialty, TitleLevel titleLevel,
                         LocalDate termStart, LocalDate termEnd) {
        this.unitName = unitName;
        this.unitOrgCode = unitOrgCode;
        this.specialty = specialty;
        this.titleLevel = titleLevel;
        this.termStart = termStart;
        this.termEnd = termEnd;
    }

    /** In office on that day (both ends of the term included) with an enabled account. */
    public boolean isActiveOn(LocalDate day) {
        return account.isEnabled() && !day.isBefore(termStart) && !day.isAfter(termEnd);
    }

    public Long getId() {
        return id;
    }

    public Committee getCommittee() {
        return committee;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getUsername() {
        return account.getUsername();
    }

    public String getName() {
        return name;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getUnitOrgCode() {
        return unitOrgCode;
    }

    public String getSpecialty() {
        return specialty;
    }

    public TitleLevel getTitleLevel() {
        return titleLevel;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }
}
