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

/** One row of a unit's personnel list (人员管理): lets that person send applications to the unit. */
@Entity
@Table(name = "unit_person")
public class UnitPerson {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zc_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_type")
    private IdType idType;

    @Column(name = "id_number")
    private String idNumber;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    /** The import that added the row (null: added otherwise) and its row in the uploaded sheet. */
    @Column(name = "import_id")
    private Long importId;

    @Column(name = "import_row")
    private Integer importRow;

    protected UnitPerson() {
    }

    public UnitPerson(Unit unit, String name, String idNumber, String createdBy, LocalDateTime createdAt) {
        this.unit = unit;
        this.name = name;
        this.idType = IdType.RESIDENT_ID;
        this.idNumber = idNumber;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** A row of the personnel import {@code importId}, from row {@code importRow} of its sheet. */
    public static UnitPerson imported(Unit unit, String name, String idNumber, String createdBy,
                                      LocalDateTime createdAt, long importId, int importRow) {
        UnitPerson person = new UnitPerson(unit, name, idNumber, createdBy, createdAt);
        person.importId = importId;
        person.importRow = importRow;
        return person;
    }

    public Long getImportId() {
        return importId;
    }

    public Integer getImportRow() {
        return importRow;
    }

    public Long getId() {
        return id;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getName() {
        return name;
    }

    public IdType getIdType() {
        return idType;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
