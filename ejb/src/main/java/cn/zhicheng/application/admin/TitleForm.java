package cn.zhicheng.application.admin;

import cn.zhicheng.domain.model.catalogue.TitleLevel;
import java.io.Serializable;

/** 资格名称 at a level of a series (id null: new). */
public class TitleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Long seriesId;
    private String seriesName;
    private TitleLevel level;
    private String name;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getSeriesId() {
        return seriesId;
    }

    public void setSeriesId(Long seriesId) {
        this.seriesId = seriesId;
    }

    public String getSeriesName() {
        return seriesName;
    }

    public void setSeriesName(String seriesName) {
        this.seriesName = seriesName;
    }

    public TitleLevel getLevel() {
        return level;
    }

    public void setLevel(TitleLevel level) {
        this.level = level;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
