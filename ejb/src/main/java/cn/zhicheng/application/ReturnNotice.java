package cn.zhicheng.application;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

import cn.zhicheng.application.decision.OfficeReturn;

/**
 * The office's 退回修改 as the applicant reads it (一次性告知): when, the opinion, and every item to correct.
 *
 * @param open true while the application waits for the applicant's resubmission of this return
 */
public record ReturnNotice(LocalDateTime returnedAt, String opinion, List<OfficeReturn.ReturnItem> items, boolean open)
        implements Serializable {

    public ReturnNotice {
        items = List.copyOf(items);
    }
}
