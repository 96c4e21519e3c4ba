package cn.zhicheng.domain.model.catalogue;

import jakarta.persistence.GenerationType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** 评审的资格专业 of a title; decides the committee (and so the office) that reviews it. */
@Entity
@Table(name = "specialty")
@Cacheable
public class Specialty {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "title_id")
    private Title title;

    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "exam_mode")
    private ExamMode examMode;

    @ManyToOne(optional = false)
    @JoinColumn(name = "committee_id")
    private Committee committee;

    protected Specialty() {
    }

    public Specialty(Long id, Title title, String name, ExamMode examMode, Committee committee) {
        this.id = id;
        this.title = title;
        this.name = name;
        this.examMode = examMode;
        this.committee = committee;
    }

    public Long getId() {
        return id;
    }

    public Title getTitle() {
        return title;
    }

    public String getName() {
        return name;
    }

    public ExamMode getExamMode() {
        return examMode;
    }

    public Committee getCommittee() {
        return committee;
    }

    public TitleSeries getSeries() {
        return title.getSeries();
    }

    /** Administration: title, name, exam mode and the committee that reviews it. */
    public void change(Title newTitle, String newName, ExamMode newExamMode, Committee newCommittee) {
        this.title = newTitle;
        this.name = newName;
        this.examMode = newExamMode;
        this.committee = newCommittee;
    }
}
