package cn.zhicheng.domain.model.catalogue;

import jakarta.persistence.GenerationType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 资格系列, e.g. 工程技术, 会计. */
@Entity
@Table(name = "title_series")
@Cacheable
public class TitleSeries {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    private String name;

    protected TitleSeries() {
    }

    public TitleSeries(Long id, String name) {
        this.id = id;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** Administration: a new name. */
    public void rename(String newName) {
        this.name = newName;
    }
}
