package cn.zhicheng.infrastructure.demo;

import static cn.zhicheng.domain.model.application.Action.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.application.decision.Decision;
import cn.zhicheng.application.decision.Opinion;
import cn.zhicheng.application.decision.PublicityResult;
import cn.zhicheng.application.decision.Submission;
import cn.zhicheng.application.decision.UnitApproval;
import cn.zhicheng.application.internal.CurrentActor;
import cn.zhicheng.application.internal.Transitions;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.Application;
import cn.zhicheng.domain.model.application.form.ExamResult;
import cn.zhicheng.domain.model.application.material.MaterialFile;
import cn.zhicheng.domain.model.application.material.MaterialKind;
import cn.zhicheng.domain.model.catalogue.ReviewYear;
import cn.zhicheng.domain.model.catalogue.Specialty;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.model.party.Unit;
import cn.zhicheng.domain.model.party.UserAccount;
import cn.zhicheng.infrastructure.persistence.SerialNumbers;
import cn.zhicheng.infrastructure.registry.ExamRecord;
import cn.zhicheng.infrastructure.registry.ExamRegistry;
import cn.zhicheng.infrastructure.storage.MaterialStore;

/**
 * Demo applications in different states (README): each step taken through the one transition path by the demo
 * user of the right role, with the decision that user would enter, so that their history (进度) and decision
 * records are the real ones and every guard (the submit rules included) has passed.
 */
@Dependent
public class DemoApplications {

    /** A tiny JPEG and PDF: the required materials are checked by content, not by name. */
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F',
        0, 1, 1, 0, 0, 1};
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private static final String EVALUATION = "该同志政治立场坚定，遵纪守法，具有良好的职业道德和敬业精神。任现职以来，"
            + "认真履行岗位职责，专业基础扎实，能够独立承担本专业的技术工作，在项目设计、施工管理和技术攻关中发挥了骨干作用，"
            + "业绩突出，多次获得单位表彰。该同志注重知识更新，按时完成继续教育学习任务，积极指导青年技术人员，"
            + "团结同事，作风严谨，群众基础好。经单位研究，同意推荐其申报相应专业技术资格评审。";

    /** The demo applicants' practice-exam tickets in the seeded exam registry. */
    private static final Map<String, String> EXAM_TICKETS = Map.of("wangwu", "0014545478889");

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    ExamRegistry exams;

    @Inject
    SerialNumbers serialNumbers;

    @Inject
    Transitions transitions;

    @Inject
    DemoStepPrerequisites prerequisites;

    @Inject
    CurrentActor currentActor;

    @Inject
    MaterialStore store;

    void load(LocalDateTime now) {
        ReviewYear year = em.createQuery("SELECT y FROM ReviewYear y WHERE y.year = 2020", ReviewYear.class).getSingleResult();
        // 孙七: a draft (草稿箱), 工程师 · 电子信息工程, to be sent to the transport company that lists him
        create("sunqi", 507L, "深圳市示例软件科技有限公司", "深圳市示例交通建设有限公司", year, now);
        // 张三: at 单位审核 of the transport company
        create("zhangsan", 502L, "深圳市示例交通建设有限公司", "深圳市示例交通建设有限公司", year, now, SUBMIT);
        // 李四: at 日常工作部门评前审核 of the electronics office
        create("lisi", 506L, "深圳市示例软件科技有限公司", "深圳市示例软件科技有限公司", year, now, SUBMIT, UNIT_APPROVE,
                PRE_PUBLICITY_PASS);
        // 王五: at 网上支付, 高级会计师 · 会计
        create("wangwu", 512L, "深圳市示例会计师事务所", "深圳市示例会计师事务所", year, now, SUBMIT, UNIT_APPROVE,
                PRE_PUBLICITY_PASS, OFFICE_PRE_APPROVE);
    }

    /** A demo application of the user, taken through the steps; returned for the demo's later stages. */
    Application create(String username, long specialtyId, String workUnit, String unitName, ReviewYear year,
                       LocalDateTime now, Action... steps) {
        UserAccount owner = account(username);
        Specialty specialty = em.find(Specialty.class, specialtyId);
        Application application = Application.draft(serialNumbers.next(), owner.getPerson(), year, now.minusDays(3));
        DemoForms.fill(application.getForm(), owner.getPerson().getName(), owner.getPerson().getIdNumber(), workUnit);
        application.declare(DemoForms.declaration(specialty));
        if (application.getForm().getDeclaredQualification().requiresExamResult()) {
            // 考评结合: the applicant's result as the exam registry holds it (王五's 高级会计实务)
            ExamRecord exam = exams.findByTicketNo(EXAM_TICKETS.get(username), owner.getPerson().getIdNumber())
                    .orElseThrow();
            application.getForm().recordExamResult(ExamResult.builder().admissionTicketNo(exam.ticketNo())
                    .examStart(exam.startTime()).examEnd(exam.endTime()).subject(exam.subject()).score(exam.score())
                    .venue("深圳市人才园考试中心").build());
        }
        application.sendTo(em.createQuery("SELECT u FROM Unit u WHERE u.name = :name", Unit.class)
                .setParameter("name", unitName).getSingleResult());
        em.persist(application);
        em.flush();
        if (steps.length > 0) {
            upload(application, owner, MaterialKind.PHOTO, "照片.jpg", JPEG, now);
            upload(application, owner, MaterialKind.PERSONAL_COMMITMENT, "个人承诺书.pdf", PDF, now);
            upload(application, owner, MaterialKind.EDUCATION_PROOF, "学历证明.pdf", PDF, now);
        }
        long version = application.getVersion();
        for (Action step : steps) {
            // the unit's signed form of the step (单位承诺书, 公示情况表) is uploaded before it
            prerequisites.before(application, step, now);
            version = transitions.take(currentActor.of(actorFor(step, owner, application)), application.getId(), version,
                    decisionFor(step, now.toLocalDate())).version();
        }
        return application;
    }

    private void upload(Application application, UserAccount owner, MaterialKind kind, String name, byte[] content,
                        LocalDateTime now) {
        em.persist(new MaterialFile(application.getId(), owner.getPerson().getId(), null, kind, name, content.length,
                store.put(content), owner.getUsername(), now.minusDays(3)));
    }

    /** What the demo user enters for the step: complete, and passing its guard on the demo's date. */
    private static Decision decisionFor(Action step, LocalDate today) {
        return switch (step) {
            case SUBMIT -> Submission.submit();
            case UNIT_APPROVE -> new UnitApproval("已按规定完成继续教育学习任务，学时达标。", "经核查，无负面情况。",
                    List.of(new UnitApproval.Appraisal(today.getYear() - 2, "称职(合格)"),
                            new UnitApproval.Appraisal(today.getYear() - 1, "优秀")), EVALUATION, false);
            // three weeks hold at least 5 working days, even over the longest holiday
            case PRE_PUBLICITY_PASS -> new PublicityResult(PRE_PUBLICITY_PASS, today.minusDays(22), today.minusDays(1),
                    null);
            case OFFICE_PRE_APPROVE -> new Opinion(OFFICE_PRE_APPROVE, "材料齐全，符合申报条件，同意。");
            default -> throw new IllegalArgumentException("no demo decision for " + step);
        };
    }

    private UserAccount actorFor(Action step, UserAccount owner, Application application) {
        return switch (step) {
            case SUBMIT -> owner;
            case UNIT_APPROVE, PRE_PUBLICITY_PASS -> em.createQuery("SELECT a FROM UserAccount a WHERE "
                    + "a.unit = :unit AND a.role = :role", UserAccount.class)
                    .setParameter("unit", application.getUnit()).setParameter("role", Role.UNIT_ADMIN).getSingleResult();
            default -> em.createQuery("SELECT a FROM UserAccount a WHERE a.office = :office", UserAccount.class)
                    .setParameter("office", application.getCommittee().getOffice()).getSingleResult();
        };
    }

    private UserAccount account(String username) {
        return em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :u", UserAccount.class)
                .setParameter("u", username).getSingleResult();
    }
}
