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

/** 资格名称 within a series and level, e.g. 工程师 (工程技术, 中级). */
@Entity
@Table(name = "title")
@Cacheable
public class Title {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "series_id")
    private TitleSeries series;

    @Enumerated(EnumType.STRING)
    @Column(name = "title_level")
    private TitleLevel level;

    private String name;

    protected Title() {
    }

    public Title(Long id, TitleSeries series, TitleLevel level, String name) {
        this.id = id;
        this.series = series;
        this.level = level;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public TitleSeries getSeries() {
        return series;
    }

    public TitleLevel getLevel() {
        return level;
    }

    public String getName() {
        return name;
    }

    /** The manual's 摘要信息, e.g. 工程师(工程技术). */
    public String summary() {
        return name + "(" + series.getName() + ")";
    }

    /** Administration: series, level and name. */
    public void change(TitleSeries newSeries, TitleLevel newLevel, String newName) {
        this.series = newSeries;
        this.level = newLevel;
        this.name = newName;
    }
}
