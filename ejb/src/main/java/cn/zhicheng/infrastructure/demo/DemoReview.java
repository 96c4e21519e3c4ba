package cn.zhicheng.infrastructure.demo;

import static cn.zhicheng.domain.model.application.Action.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.application.decision.PaymentConfirmation;
import cn.zhicheng.application.internal.Transitions;
import cn.zhicheng.domain.model.application.Actor;
import cn.zhicheng.domain.model.application.Application;
import cn.zhicheng.domain.model.catalogue.Committee;
import cn.zhicheng.domain.model.catalogue.Fee;
import cn.zhicheng.domain.model.catalogue.ReviewYear;
import cn.zhicheng.domain.model.catalogue.TitleLevel;
import cn.zhicheng.domain.model.party.IdType;
import cn.zhicheng.domain.model.party.Person;
import cn.zhicheng.domain.model.party.ResidentId;
import cn.zhicheng.domain.model.party.Unit;
import cn.zhicheng.domain.model.party.UnitPerson;
import cn.zhicheng.domain.model.party.UserAccount;
import cn.zhicheng.domain.model.payment.Payee;
import cn.zhicheng.domain.model.payment.PaymentOrder;
import cn.zhicheng.domain.model.review.Expert;
import cn.zhicheng.domain.model.review.ExpertMeeting;
import cn.zhicheng.domain.model.review.RecusalRules;

/**
 * The demo's payment and expert review (README): a pool of seven experts for each demo committee (交通运输中级 201
 * with {@code expert-jt}, 电子信息中级 203, 会计高级 208), each with one expert of a demo unit so that recusal shows;
 * 钱八 and 吴九 of the transport company paid and at 专家评审; a meeting of committee 201 for 钱八 with six of its
 * seven experts present and the ballot open (the expert of the transport company recused), so that experts can vote.
 */
@Dependent
public class DemoReview {

    /** The demo experts' term of office, around the 2020 review year. */
    static final LocalDate TERM_START = LocalDate.of(2020, 1, 1);
    static final LocalDate TERM_END = LocalDate.of(2022, 12, 31);

    /** One pool member: user name, name, unit, organisation code, specialty, level. */
    record PoolMember(String username, String name, String unit, String orgCode, String specialty, TitleLevel level) {
    }

    static final List<PoolMember> TRANSPORT = List.of(
            new PoolMember("expert-jt2", "吴建国", "深圳市示例交通建设有限公司", "91440300MA5XXXX01A", "道路桥梁", TitleLevel.SENIOR),
            new PoolMember("expert-jt3", "郑海波", "深圳市交通运输研究院（示例）", "12440300MB2C10301X", "交通运输管理", TitleLevel.SENIOR),
            new PoolMember("expert-jt4", "冯丽华", "深圳大学土木与交通工程学院（示例）", "12440300MB2C10302X", "道路桥梁", TitleLevel.SENIOR),
            new PoolMember("expert-jt5", "陈志强", "深圳市地铁建设集团（示例）", "91440300MA5C10303X", "交通运输管理", TitleLevel.DEPUTY_SENIOR),
            new PoolMember("expert-jt6", "褚明远", "深圳市公路工程质量监督站（示例）", "12440300MB2C10304X", "道路桥梁", TitleLevel.DEPUTY_SENIOR),
            new PoolMember("expert-jt7", "卫雅琴", "深圳市港航发展中心（示例）", "12440300MB2C10305X", "交通运输管理", TitleLevel.SENIOR));
    static final List<PoolMember> ELECTRONICS = List.of(
            new PoolMember("expert-dz1", "蒋文博", "深圳市示例软件科技有限公司", "91440300MA5XXXX02B", "计算机软件", TitleLevel.SENIOR),
            new PoolMember("expert-dz2", "沈立新", "南方科技大学计算机系（示例）", "12440300MB2C20302X", "计算机软件", TitleLevel.SENIOR),
            new PoolMember("expert-dz3", "韩晓东", "深圳市电子信息研究所（示例）", "12440300MB2C20303X", "电子信息工程", TitleLevel.SENIOR),
            new PoolMember("expert-dz4", "杨春燕", "哈尔滨工业大学（深圳）（示例）", "12440300MB2C20304X", "电子信息工程", TitleLevel.SENIOR),
            new PoolMember("expert-dz5", "朱永刚", "深圳市通信技术有限公司（示例）", "91440300MA5C20305X", "计算机软件", TitleLevel.DEPUTY_SENIOR),
            new PoolMember("expert-dz6", "秦素梅", "深圳信息职业技术学院（示例）", "12440300MB2C20306X", "电子信息工程", TitleLevel.DEPUTY_SENIOR),
            new PoolMember("expert-dz7", "尤俊杰", "深圳市软件行业协会（示例）", "51440300MJ2C20307X", "计算机软件", TitleLevel.SENIOR));
    static final List<PoolMember> ACCOUNTING = List.of(
            new PoolMember("expert-kj1", "许文静", "深圳市示例会计师事务所", "91440300MA5XXXX03C", "会计", TitleLevel.SENIOR),
            new PoolMember("expert-kj2", "何国平", "深圳市财政局会计管理处（示例）", "11440300MB2C20802X", "会计", TitleLevel.SENIOR),
            new PoolMember("expert-kj3", "吕秀英", "深圳大学经济学院（示例）", "12440300MB2C20803X", "会计", TitleLevel.SENIOR),
            new PoolMember("expert-kj4", "施建华", "深圳市注册会计师协会（示例）", "51440300MJ2C20804X", "会计", TitleLevel.SENIOR),
            new PoolMember("expert-kj5", "张美玲", "深圳市投资控股有限公司（示例）", "91440300MA5C20805X", "会计", TitleLevel.SENIOR),
            new PoolMember("expert-kj6", "孔令辉", "深圳市审计局（示例）", "11440300MB2C20806X", "会计", TitleLevel.SENIOR),
            new PoolMember("expert-kj7", "曹文华", "深圳证券交易所（示例）", "12440300MB2C20807X", "会计", TitleLevel.SENIOR));

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    DemoApplications applications;

    @Inject
    Transitions transitions;

    void load(LocalDateTime now, String hash) {
        // expert-jt (周专家, of the software company) is the transport committee's seventh member
        UserAccount expertJt = account("expert-jt");
        em.persist(new Expert(expertJt, "深圳市示例软件科技有限公司", "91440300MA5XXXX02B", "交通运输管理",
                TitleLevel.SENIOR, TERM_START, TERM_END, "office-jt", now));
        pool(201L, TRANSPORT, 10, hash, now, "office-jt");
        pool(203L, ELECTRONICS, 20, hash, now, "office-dz");
        pool(208L, ACCOUNTING, 30, hash, now, "office-kj");
        em.flush();

        ReviewYear year = em.createQuery("SELECT y FROM ReviewYear y WHERE y.year = 2020", ReviewYear.class)
                .getSingleResult();
        Unit transport = em.createQuery("SELECT u FROM Unit u WHERE u.orgCode = '91440300MA5XXXX01A'", Unit.class)
                .getSingleResult();
        Application qianba = paid(applicant("qianba", "钱八", "440304198903220013", "13800000007", transport, hash, now),
                503L, year, now);
        paid(applicant("wujiu", "吴九", "440304199104180021", "13800000008", transport, hash, now), 502L, year, now);

        // 钱八's meeting: the whole transport pool invited, six present, the ballot open
        Committee transportCommittee = em.find(Committee.class, 201L);
        List<Expert> invited = em.createQuery("SELECT e FROM Expert e WHERE e.committee = :c ORDER BY e.id", Expert.class)
                .setParameter("c", transportCommittee).getResultList();
        ExpertMeeting meeting = new ExpertMeeting(transportCommittee, now.toLocalDate(), "深圳市福田区福中路1001号交通大厦8楼会议室",
                invited, List.of(qianba.getId()), "office-jt", now);
        em.persist(meeting);
        for (Expert expert : invited) {
            RecusalRules.automatic(expert, qianba).ifPresent(r -> meeting.recuse(expert, qianba.getId(), r, null, now));
        }
        meeting.readers(qianba.getId()).forEach(m -> qianba.openToExpert(m.getExpert().getUsername()));
        Set<Long> present = invited.stream().map(Expert::getId)
                .filter(id -> !id.equals(invited.get(invited.size() - 1).getId())).collect(Collectors.toSet());
        meeting.recordAttendance(present);
        meeting.openVoting(now);
        em.flush();
    }

    private void pool(long committeeId, List<PoolMember> members, int region, String hash, LocalDateTime now,
                      String office) {
        Committee committee = em.find(Committee.class, committeeId);
        List<Unit> units = em.createQuery("SELECT u FROM Unit u", Unit.class).getResultList();
        int n = 0;
        for (PoolMember m : members) {
            n++;
            Person person = new Person(m.name(), IdType.RESIDENT_ID,
                    ResidentId.of("440303", LocalDate.of(1965 + n, n, 10 + n), region * 10 + n * 2 + 1));
            em.persist(person);
            Unit unit = units.stream().filter(u -> u.getOrgCode().equals(m.orgCode())).findFirst().orElse(null);
            UserAccount account = UserAccount.expert(m.username(), committee, person, unit, hash, now);
            em.persist(account);
            em.persist(new Expert(account, m.unit(), m.orgCode(), m.specialty(), m.level(), TERM_START, TERM_END, office,
                    now));
        }
    }

    private UserAccount applicant(String username, String name, String idNumber, String phone, Unit unit,
                                  String hash, LocalDateTime now) {
        if (!ResidentId.isValid(idNumber)) {
            throw new IllegalStateException("demo person " + name + ": invalid resident id " + idNumber);
        }
        Person person = new Person(name, IdType.RESIDENT_ID, idNumber);
        person.updateContact(phone, null);
        em.persist(person);
        em.persist(new UnitPerson(unit, name, idNumber, "jt-admin", now));
        UserAccount account = UserAccount.individual(username, person, hash, now);
        em.persist(account);
        em.flush();
        return account;
    }

    /** An application driven to 网上支付, then paid: an order as the 支付 page creates it, confirmed by the platform. */
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
