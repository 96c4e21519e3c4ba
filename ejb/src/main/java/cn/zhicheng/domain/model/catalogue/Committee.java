package cn.zhicheng.domain.model.catalogue;

import jakarta.persistence.GenerationType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** 评审委员会 (评委会): reviews the specialties assigned to it; its office does the daily work. */
@Entity
@Table(name = "committee")
@Cacheable
public class Committee {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "office_id")
    private Office office;

    @Column(name = "member_count")
    private int memberCount;

    protected Committee() {
    }

    public Committee(Long id, String name, Office office) {
        this.id = id;
        this.name = name;
        this.office = office;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Office getOffice() {
        return office;
    }

    public int getMemberCount() {
        return memberCount;
    }

    /** Administration: name, office and the number of members (the meeting quorum counts against it). */
    public void change(String newName, Office newOffice, int newMemberCount) {
        this.name = newName;
        this.office = newOffice;
        this.memberCount = newMemberCount;
    }
}
