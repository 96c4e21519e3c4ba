package cn.zhicheng.infrastructure.demo;

import static cn.zhicheng.domain.model.application.Action.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.application.decision.CertificateIssue;
import cn.zhicheng.application.decision.Decision;
import cn.zhicheng.application.decision.MeetingResult;
import cn.zhicheng.application.decision.Opinion;
import cn.zhicheng.application.decision.PaymentConfirmation;
import cn.zhicheng.application.decision.PublicityResult;
import cn.zhicheng.application.internal.CurrentActor;
import cn.zhicheng.application.internal.Transitions;
import cn.zhicheng.domain.model.application.Action;
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
 * The demo of the bureau's last stages (certificate, README): three applicants of the transport company, each taken
 * through the whole path by the right demo users — 卫东 at 人社公示 (the bureau records the publicity), 蒋南 at 制证 (the
 * bureau issues), 韩北 at 办结（通过） with an issued certificate (his 我的事项 shows the number, 查看 downloads the PDF,
 * 证书查询 finds it). The expert pools of seven per demo committee are {@link DemoReview}'s.
 */
@Dependent
public class CertificateDemo {

    /** After 人社审核: the bureau's publicity follows. */
    static final List<Action> TO_BUREAU_PUBLICITY = List.of(EXPERT_PASS, POST_PUBLICITY_PASS, OFFICE_POST_APPROVE,
            BUREAU_APPROVE);

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

    void load(LocalDateTime now, String hash) {
        ReviewYear year = em.createQuery("SELECT y FROM ReviewYear y WHERE y.year = 2020", ReviewYear.class)
                .getSingleResult();
        Unit transport = em.createQuery("SELECT u FROM Unit u WHERE u.orgCode = '91440300MA5XXXX01A'", Unit.class)
                .getSingleResult();
        Application weidong = paid(applicant("weidong", "卫东", LocalDate.of(1986, 4, 12), 31, transport, hash, now),
                502L, year, now);
        drive(weidong, now, TO_BUREAU_PUBLICITY);

        Application jiangnan = paid(applicant("jiangnan", "蒋南", LocalDate.of(1987, 9, 3), 42, transport, hash, now),
                503L, year, now);
        drive(jiangnan, now, TO_BUREAU_PUBLICITY);
        drive(jiangnan, now, List.of(BUREAU_PUBLICITY_PASS));

        Application hanbei = paid(applicant("hanbei", "韩北", LocalDate.of(1984, 11, 21), 53, transport, hash, now),
                502L, year, now);
        drive(hanbei, now, TO_BUREAU_PUBLICITY);
        drive(hanbei, now, List.of(BUREAU_PUBLICITY_PASS, ISSUE_CERTIFICATE));
        em.flush();
    }

    private void drive(Application a, LocalDateTime now, List<Action> steps) {
        long version = a.getVersion();
        for (Action step : steps) {
            prerequisites.before(a, step, now);
            version = transitions.take(currentActor.of(actorFor(step, a)), a.getId(), version,
                    decisionFor(step, now.toLocalDate())).version();
        }
        em.flush();
    }

    private static Decision decisionFor(Action step, LocalDate today) {
        return switch (step) {
            // the session held outside the platform: seven present, six 同意
            case EXPERT_PASS -> new MeetingResult(EXPERT_PASS, 7, 6, 1, 0, "经评审委员会评议表决，同意6票，通过。");
            // three weeks hold at least 5 working days, even over the longest holiday
            case POST_PUBLICITY_PASS, BUREAU_PUBLICITY_PASS -> new PublicityResult(step, today.minusDays(22),
                    today.minusDays(1), null);
            case OFFICE_POST_APPROVE -> new Opinion(step, "评审程序规范，材料真实，同意。");
            case BUREAU_APPROVE -> new Opinion(step, "经受理、审核、审批，同意。");
            case ISSUE_CERTIFICATE -> new CertificateIssue("已制发电子证书。");
            default -> throw new IllegalArgumentException("no demo decision for " + step);
        };
    }

    private UserAccount actorFor(Action step, Application a) {
        return switch (step) {
            case POST_PUBLICITY_PASS -> account("jt-admin");
            case EXPERT_PASS, OFFICE_POST_APPROVE -> account("office-jt");
            default -> account("bureau");
        };
    }

    private UserAccount applicant(String username, String name, LocalDate birth, int sequence, Unit unit, String hash,
                                  LocalDateTime now) {
        Person person = new Person(name, IdType.RESIDENT_ID, ResidentId.of("440304", birth, sequence));
        person.updateContact("1380000" + String.format("%04d", sequence), null);
        em.persist(person);
        em.persist(new UnitPerson(unit, name, person.getIdNumber(), "jt-admin", now));
        UserAccount account = UserAccount.individual(username, person, hash, now);
        em.persist(account);
        em.flush();
        return account;
    }

    /** An application driven to 网上支付, then paid as the platform confirms it (DemoReview's way). */
    private Application paid(UserAccount owner, long specialtyId, ReviewYear year, LocalDateTime now) {
        Application a = applications.create(owner.getUsername(), specialtyId, "深圳市示例交通建设有限公司",
                "深圳市示例交通建设有限公司", year, now, SUBMIT, UNIT_APPROVE, PRE_PUBLICITY_PASS, OFFICE_PRE_APPROVE);
        Fee fee = em.find(Fee.class, a.getSpecialty().getTitle().getLevel());
        PaymentOrder order = new PaymentOrder(a.getSerialNo(), 1, a.getId(), em.find(Payee.class, 101L),
                a.getApplicantName(), owner.getPerson().getPhone(), fee.getAmount(), now.minusHours(2));
        em.persist(order);
        order.markPaid("SIM-DEMO-" + a.getSerialNo(), now.minusHours(1));
        transitions.take(Actor.system(), a.getId(), a.getVersion(),
                new PaymentConfirmation(order.getOrderNo(), order.getAmount(), now.minusHours(1)));
        em.flush();
        return a;
    }

    private UserAccount account(String username) {
        return em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :u", UserAccount.class)
                .setParameter("u", username).getSingleResult();
    }
}
