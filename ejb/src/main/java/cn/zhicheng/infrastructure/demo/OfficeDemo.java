package cn.zhicheng.infrastructure.demo;

import static cn.zhicheng.domain.model.application.Action.*;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.application.decision.Decision;
import cn.zhicheng.application.decision.MeetingResult;
import cn.zhicheng.application.decision.OfficeReturn;
import cn.zhicheng.application.decision.Opinion;
import cn.zhicheng.application.decision.PaymentConfirmation;
import cn.zhicheng.application.decision.PublicityResult;
import cn.zhicheng.application.decision.Submission;
import cn.zhicheng.application.internal.CurrentActor;
import cn.zhicheng.application.internal.Transitions;
import cn.zhicheng.domain.model.application.Actor;
import cn.zhicheng.domain.model.application.Application;
import cn.zhicheng.domain.model.catalogue.Fee;
import cn.zhicheng.domain.model.catalogue.ReviewYear;
import cn.zhicheng.domain.model.party.IdType;
import cn.zhicheng.domain.model.party.Person;
import cn.zhicheng.domain.model.party.ResidentId;
import cn.zhicheng.domain.model.party.Unit;
import cn.zhicheng.domain.model.party.UnitPerson;
import cn.zhicheng.domain.model.party.UserAccount;
import cn.zhicheng.domain.model.payment.Payee;
import cn.zhicheng.domain.model.payment.PaymentOrder;

/**
 * The office's and the bureau's demo work (office, issue 8): applicants of the transport company at 评前审核 (one
 * fresh, one resubmitted after a return with two changes), at 退回修改 with the office's 一次性告知, at 评后审核, and
 * at 人社审核 (one fresh, one already 受理), each taken through the one transition path by the user of the right role.
 */
@Dependent
public class OfficeDemo {

    private static final String TRANSPORT = "深圳市示例交通建设有限公司";

    static final List<OfficeReturn.ReturnItem> RETURN_ITEMS = List.of(
            new OfficeReturn.ReturnItem("基本信息", "联系电话无法接通，请核实后更正。"),
            new OfficeReturn.ReturnItem("专业行业组织职务", "请补充在专业学会的任职情况。"),
            new OfficeReturn.ReturnItem("学历、学位证明材料", "毕业证书扫描件不清晰，请重新上传。"));

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    DemoApplications applications;

    @Inject
    Transitions transitions;

    @Inject
    DemoStepPrerequisites prerequisites;

    @Inject
    CurrentActor currentActor;

    /** The demo clock's time of this load (the unit's forms are dated the day before). */
    private LocalDateTime loadedAt;

    void load(LocalDateTime now, String hash) {
        loadedAt = now;
        ReviewYear year = em.createQuery("SELECT y FROM ReviewYear y WHERE y.year = 2020", ReviewYear.class)
                .getSingleResult();
        Unit transport = em.createQuery("SELECT u FROM Unit u WHERE u.orgCode = '91440300MA5XXXX01A'", Unit.class)
                .getSingleResult();
        // 评前审核: 郑十 fresh
        toPreAudit(applicant("zhengshi", "郑十", 1, transport, hash, now), year, now);
        // 评前审核 again: 冯十一 returned with 一次性告知, corrected and resubmitted (the office sees what changed)
        Application feng = toPreAudit(applicant("fengshiyi", "冯十一", 2, transport, hash, now), year, now);
        take(feng, "office-jt", new OfficeReturn("请按一次性告知内容修改后重新提交。", RETURN_ITEMS));
        feng.getForm().updateBasicInfo(feng.getForm().getBasicInfo().toBuilder().phone("13922220002").build());
        em.flush();
        take(feng, "fengshiyi", new Submission(RESUBMIT, "已按要求修改联系电话。"));
        // 退回修改: 陈十二 reads the office's list on 查看
        Application chen = toPreAudit(applicant("chenshier", "陈十二", 3, transport, hash, now), year, now);
        take(chen, "office-jt", new OfficeReturn("材料不全，请一次性补正。", RETURN_ITEMS));
        // 评后审核: 褚十三
        Application chu = toPreAudit(applicant("chushisan", "褚十三", 4, transport, hash, now), year, now);
        toPostAudit(chu, now);
        // 人社审核: 卫十四 fresh, 蒋十五 already 受理
        Application wei = toPreAudit(applicant("weishisi", "卫十四", 5, transport, hash, now), year, now);
        toPostAudit(wei, now);
        take(wei, "office-jt", new Opinion(OFFICE_POST_APPROVE, "评后审核通过，报送人社审核。"));
        Application jiang = toPreAudit(applicant("jiangshiwu", "蒋十五", 6, transport, hash, now), year, now);
        toPostAudit(jiang, now);
        take(jiang, "office-jt", new Opinion(OFFICE_POST_APPROVE, "评后审核通过，报送人社审核。"));
        em.createNativeQuery("INSERT INTO bureau_step (application_id, step, opinion, actor_username, decided_at) "
                        + "VALUES (?, 'ACCEPT', '材料齐全，予以受理。', 'bureau', ?)")
                .setParameter(1, jiang.getId()).setParameter(2, Timestamp.valueOf(now.minusHours(1))).executeUpdate();
        em.flush();
    }

    private Application toPreAudit(UserAccount owner, ReviewYear year, LocalDateTime now) {
        return applications.create(owner.getUsername(), 502L, TRANSPORT, TRANSPORT, year, now, SUBMIT, UNIT_APPROVE,
                PRE_PUBLICITY_PASS);
    }

    /** 评前审核通过, paid through the platform, passed by the experts, the unit's post publicity passed. */
    private void toPostAudit(Application a, LocalDateTime now) {
        take(a, "office-jt", new Opinion(OFFICE_PRE_APPROVE, "材料齐全，符合申报条件，同意。"));
        Fee fee = em.find(Fee.class, a.getSpecialty().getTitle().getLevel());
        PaymentOrder order = new PaymentOrder(a.getSerialNo(), 1, a.getId(), em.find(Payee.class, 101L),
                a.getApplicantName(), "13800000000", fee.getAmount(), now.minusHours(3));
        em.persist(order);
        order.markPaid("SIM-DEMO-" + a.getSerialNo(), now.minusHours(2));
        transitions.take(Actor.system(), a.getId(), version(a),
                new PaymentConfirmation(order.getOrderNo(), order.getAmount(), now.minusHours(2)));
        // a session held outside the platform: 7 present and not recused, 6 in favour
        take(a, "office-jt", new MeetingResult(EXPERT_PASS, 7, 6, 1, 0, "评审通过。"));
        LocalDate today = now.toLocalDate();
        take(a, "jt-admin", new PublicityResult(POST_PUBLICITY_PASS, today.minusDays(22), today.minusDays(1), null));
    }

    private void take(Application a, String username, Decision decision) {
        UserAccount user = em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :u", UserAccount.class)
                .setParameter("u", username).getSingleResult();
        prerequisites.before(a, decision.action(), loadedAt);
        transitions.take(currentActor.of(user), a.getId(), version(a), decision);
        em.flush();
    }

    private long version(Application a) {
        em.flush();
        return a.getVersion();
    }

    private UserAccount applicant(String username, String name, int n, Unit unit, String hash, LocalDateTime now) {
        Person person = new Person(name, IdType.RESIDENT_ID, ResidentId.of("440304", LocalDate.of(1986, n, 10 + n), 700 + n * 2 + 1));
        person.updateContact("1380000" + (1100 + n), null);
        em.persist(person);
        em.persist(new UnitPerson(unit, name, person.getIdNumber(), "jt-admin", now));
        UserAccount account = UserAccount.individual(username, person, hash, now);
        em.persist(account);
        em.flush();
        return account;
    }
}
