package cn.zhicheng.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.zhicheng.application.decision.DecisionRefusedException;
import cn.zhicheng.application.decision.Opinion;
import cn.zhicheng.application.decision.OfficeReturn;
import cn.zhicheng.application.decision.PublicityResult;
import cn.zhicheng.application.decision.UnitApproval;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Journey;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A decision's free text longer than its column is refused with a Chinese message naming the field and the limit
 * (not a database error), with nothing written; a text at the limit is accepted.
 */
@ExtendWith(ArquillianExtension.class)
class TextLimitsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(TextLimitsIT.class);
    }

    @Test
    void theUnitsOpinionsAndEvaluationFitTheirColumns() throws Exception {
        Journey.Case c = Journey.at(ApplicationState.UNIT_REVIEW);
        long history = Journey.historyCount(c.id());
        UnitApproval sample = (UnitApproval) Journey.decisionFor(Action.UNIT_APPROVE);
        refused(c, "jt-handler", new UnitApproval("长".repeat(1001), sample.negativeCircumstancesOpinion(),
                sample.appraisals(), sample.evaluation(), false),
                "所在单位对申报人完成继续教育情况的审核意见不能超过1000个字（现为1001个字）。");
        refused(c, "jt-handler", new UnitApproval(sample.continuingEducationOpinion(), sample.negativeCircumstancesOpinion(),
                sample.appraisals(), "评".repeat(2001), false), "单位的综合评价不能超过2000个字（现为2001个字）。");
        refused(c, "jt-handler", new UnitApproval(sample.continuingEducationOpinion(), sample.negativeCircumstancesOpinion(),
                List.of(new UnitApproval.Appraisal(2019, "称".repeat(41))), sample.evaluation(), false),
                "年度考核结果不能超过40个字（现为41个字）。");
        assertEquals(ApplicationState.UNIT_REVIEW, Journey.state(c.id()));
        assertEquals(history, Journey.historyCount(c.id()), "nothing written");
        Journey.decide(c, "jt-handler", new UnitApproval(sample.continuingEducationOpinion(), "无".repeat(1000),
                sample.appraisals(), "评".repeat(2000), false));
        assertEquals(ApplicationState.UNIT_PRE_PUBLICITY, Journey.state(c.id()), "at the limits: accepted");

        PublicityResult publicity = (PublicityResult) Journey.decisionFor(Action.PRE_PUBLICITY_PASS);
        refused(c, "jt-handler", new PublicityResult(Action.PRE_PUBLICITY_PASS, publicity.start(), publicity.end(),
                "公".repeat(2001)), "意见不能超过2000个字（现为2001个字）。");
    }

    @Test
    void theOfficesOpinionsAndReturnNotesFitTheirColumns() throws Exception {
        Journey.Case c = Journey.at(ApplicationState.OFFICE_PRE_AUDIT);
        long history = Journey.historyCount(c.id());
        refused(c, "office-jt", new Opinion(Action.OFFICE_PRE_REJECT, "否".repeat(2001)),
                "意见不能超过2000个字（现为2001个字）。");
        refused(c, "office-jt", new OfficeReturn("请补正",
                List.of(new OfficeReturn.ReturnItem("工作经历", "补".repeat(1001)))), "退回说明不能超过1000个字（现为1001个字）。");
        assertEquals(ApplicationState.OFFICE_PRE_AUDIT, Journey.state(c.id()));
        assertEquals(history, Journey.historyCount(c.id()), "nothing written");
    }

    private static void refused(Journey.Case c, String user, cn.zhicheng.application.decision.Decision decision,
                                String message) {
        DecisionRefusedException refused = assertThrows(DecisionRefusedException.class,
                () -> Journey.decide(c, user, decision));
        assertEquals("TEXT_TOO_LONG", refused.code());
        assertEquals(message, refused.getMessage());
    }
}
