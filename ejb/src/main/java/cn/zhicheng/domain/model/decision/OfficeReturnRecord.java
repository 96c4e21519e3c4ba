package cn.zhicheng.domain.model.decision;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

/** 评前审核退回修改: the office's return items, told all at once (一次性告知). */
@Entity
@Table(name = "decision_office_return")
@PrimaryKeyJoinColumn(name = "id")
@DiscriminatorValue("OFFICE_RETURN")
public class OfficeReturnRecord extends DecisionRecord {

    @ElementCollection
    @CollectionTable(name = "decision_return_item", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    private List<ReturnItemRow> items = new ArrayList<>();

    protected OfficeReturnRecord() {
    }

    public OfficeReturnRecord(Header header, List<ReturnItemRow> items) {
        super(header);
        this.items = new ArrayList<>(items);
    }

    public List<ReturnItemRow> getItems() {
        return List.copyOf(items);
    }
}
