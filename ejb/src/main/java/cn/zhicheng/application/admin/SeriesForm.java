package cn.zhicheng.application.admin;

import java.io.Serializable;

/** 资格系列 as the catalogue screen edits and lists it (id null: new). */
public class SeriesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String name;
    private long titleCount;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public long getTitleCount() {
        return titleCount;
    }

    public void setTitleCount(long titleCount) {
        this.titleCount = titleCount;
    }
}
