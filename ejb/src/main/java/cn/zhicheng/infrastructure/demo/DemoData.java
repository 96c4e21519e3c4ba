package cn.zhicheng.infrastructure.demo;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.domain.model.catalogue.Committee;
import cn.zhicheng.domain.model.catalogue.Office;
import cn.zhicheng.domain.model.party.HandlerGrant;
import cn.zhicheng.domain.model.party.IdType;
import cn.zhicheng.domain.model.party.Person;
import cn.zhicheng.domain.model.party.ResidentId;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.model.party.Unit;
import cn.zhicheng.domain.model.party.UnitMenu;
import cn.zhicheng.domain.model.party.UnitPerson;
import cn.zhicheng.domain.model.party.UserAccount;
import cn.zhicheng.infrastructure.security.PasswordHasher;

/**
 * The demo data (README, ear/src/main/server/demo-accounts.txt): three units, five applicants, one account per
 * role, and applications in different states. Loaded only with {@code -Dzhicheng.demo=true}, and only into an
 * empty database. The people, units and numbers are those of shared/data, so that demo and tests agree.
 */
@Startup
@Singleton
@PermitAll
@DependsOn("DatabaseMigrator")
public class DemoData {

    public static final String PASSWORD = "Zc@2020demo";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    DemoApplications applications;

    @Inject
    Clock clock;

    /** payment and expert review: expert pools, paid applications, a meeting ready to vote */
    @Inject
    DemoReview review;

    /** the demo applicants' files in 我的资料库 */
    @Inject
    MaterialsDemo materials;
    /** applications at the office's audits and the bureau's review */
    @Inject
    OfficeDemo officeDemo;
    /** applications at 人社公示, 制证 and one issued certificate */
    @Inject
    CertificateDemo certificates;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean("zhicheng.demo")) {
            return;
        }
        Long accounts = em.createQuery("SELECT COUNT(a) FROM UserAccount a", Long.class).getSingleResult();
        if (accounts > 0) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        // one hash for the shared demo password: 310,000 PBKDF2 rounds once, not per account
        String hash = hasher.hash(PASSWORD.toCharArray());

        Unit jt = unit("深圳市示例交通建设有限公司", "91440300MA5XXXX01A", "深圳市南山区科技园示例路1号", "0755-86000001");
        Unit rj = unit("深圳市示例软件科技有限公司", "91440300MA5XXXX02B", "深圳市福田区示例大道2号", "0755-86000002");
        Unit kj = unit("深圳市示例会计师事务所", "91440300MA5XXXX03C", "深圳市罗湖区示例街3号", "0755-86000003");

        Person zhangsan = person("张三", "440304198501011235", "13800000001", "zhangsan@example.com");
        Person lisi = person("李四", "440305199003152343", "13800000002", "lisi@example.com");
        Person wangwu = person("王五", "440306198807203451", "13800000003", "wangwu@example.com");
        Person zhaoliu = person("赵六", "440307199205104561", "13800000004", null);
        Person sunqi = person("孙七", "440308199511115679", "13800000005", null);
        Person expertPerson = person("周专家", "440301197506060016", "13800000006", null);

        // 人员管理: 孙七 is insured by the software company but also on the transport company's list
        em.persist(new UnitPerson(jt, "孙七", sunqi.getIdNumber(), "jt-admin", now));
        em.persist(new UnitPerson(rj, "李四", lisi.getIdNumber(), "rj-admin", now));

        em.persist(UserAccount.individual("zhangsan", zhangsan, hash, now));
        em.persist(UserAccount.individual("lisi", lisi, hash, now));
        em.persist(UserAccount.individual("wangwu", wangwu, hash, now));
        em.persist(UserAccount.individual("zhaoliu", zhaoliu, hash, now));
        em.persist(UserAccount.individual("sunqi", sunqi, hash, now));
        em.persist(UserAccount.expert("expert-jt", em.find(Committee.class, 201L), expertPerson, rj, hash, now));

        em.persist(UserAccount.ofUnit("jt-admin", Role.UNIT_ADMIN, jt, "交通建设单位管理员", hash, now));
        UserAccount handler = UserAccount.ofUnit("jt-handler", Role.UNIT_HANDLER, jt, "交通建设经办人", hash, now);
        em.persist(handler);
        em.persist(new HandlerGrant(handler, HandlerGrant.Kind.BUSINESS_ITEM, HandlerGrant.TITLE_REVIEW_ITEM, "jt-admin", now));
        em.persist(UserAccount.ofUnit("rj-admin", Role.UNIT_ADMIN, rj, "软件科技单位管理员", hash, now));
        em.persist(UserAccount.ofUnit("kj-admin", Role.UNIT_ADMIN, kj, "会计师事务所单位管理员", hash, now));

        em.persist(UserAccount.ofOffice("office-jt", em.find(Office.class, 101L), "交通运输职称评审委员会办公室", hash, now));
        em.persist(UserAccount.ofOffice("office-dz", em.find(Office.class, 102L), "电子信息职称评审委员会办公室", hash, now));
        em.persist(UserAccount.ofOffice("office-kj", em.find(Office.class, 104L), "会计职称评审委员会办公室", hash, now));
        em.persist(UserAccount.ofAuthority("bureau", Role.BUREAU, "深圳市人力资源和社会保障局", hash, now));
        em.persist(UserAccount.ofAuthority("admin", Role.SYS_ADMIN, "平台运维", hash, now));

        // the unit's side: jt-handler also holds the menus 单位信息 and 单位事项; jt-clerk only 人员管理 (no
        // 资格评审: the demo of a handler who is refused the work list); the transport company's contact data
        em.persist(new HandlerGrant(handler, HandlerGrant.Kind.MENU, UnitMenu.INFO.name(), "jt-admin", now));
        em.persist(new HandlerGrant(handler, HandlerGrant.Kind.MENU, UnitMenu.ITEMS.name(), "jt-admin", now));
        UserAccount clerk = UserAccount.ofUnit("jt-clerk", Role.UNIT_HANDLER, jt, "交通建设人事专员", hash, now);
        em.persist(clerk);
        em.persist(new HandlerGrant(clerk, HandlerGrant.Kind.MENU, UnitMenu.PERSONNEL.name(), "jt-admin", now));
        jt.updateContact("陈人事", "0755-86000001", "0755-86000011", "深圳市南山区科技园示例路1号", "518057",
                "hr@jt.example.cn", "jt-admin", now);
        em.flush();

        applications.load(now);
        // payment and expert review: the committees' expert pools, applications at 专家评审, a meeting ready to vote
        review.load(now, hash);
        materials.load();
        officeDemo.load(now, hash);
        certificates.load(now, hash);
        LOG.info("Demo data loaded (accounts: see demo-accounts.txt)");
    }

    private Unit unit(String name, String orgCode, String address, String phone) {
        Unit unit = new Unit(name, orgCode);
        unit.describe(address, phone);
        em.persist(unit);
        return unit;
    }

    private Person person(String name, String idNumber, String phone, String email) {
        if (!ResidentId.isValid(idNumber)) {
            // a typo here would give the demo people no birth date or gender and fail their submissions
            throw new IllegalStateException("demo person " + name + ": invalid resident id " + idNumber);
        }
        Person person = new Person(name, IdType.RESIDENT_ID, idNumber);
        person.updateContact(phone, email);
        em.persist(person);
        return person;
    }
}
