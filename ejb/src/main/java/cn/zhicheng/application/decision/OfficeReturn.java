package cn.zhicheng.application.decision;

import java.io.Serializable;
import java.util.List;

import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.shared.MessageKey;

/**
 * 评前审核退回修改: the office's opinion and, told all at once (一次性告知), every section or material to correct
 * with a note.
 */
public record OfficeReturn(String text, List<ReturnItem> items) implements Decision {

    /** One thing to correct: a section of the form or a material, and what is wrong with it. */
    public record ReturnItem(String section, String note) implements Serializable {
    }

    public OfficeReturn {
        items = items == null ? List.of() : List.copyOf(items);
    }

    @Override
    public Action action() {
        return Action.OFFICE_PRE_RETURN;
    }

    @Override
    public String opinion() {
        return Decisions.orLabel(text, action());
    }

    @Override
    public void check(DecisionContext context) {
        if (items.isEmpty()) {
            throw new DecisionRefusedException(MessageKey.RETURN_ITEMS_REQUIRED);
        }
        for (int i = 0; i < items.size(); i++) {
            ReturnItem item = items.get(i);
            if (item == null || Decisions.isBlank(item.section()) || Decisions.isBlank(item.note())) {
                throw new DecisionRefusedException(MessageKey.RETURN_ITEM_INCOMPLETE, i + 1);
            }
        }
    }
}
