package cn.zhicheng.infrastructure.demo;

import static cn.zhicheng.domain.model.application.Action.*;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.Actor;
import cn.zhicheng.domain.model.application.Application;
import cn.zhicheng.domain.model.catalogue.ReviewYear;
import cn.zhicheng.domain.model.catalogue.Specialty;
import cn.zhicheng.domain.model.party.UserAccount;
import cn.zhicheng.infrastructure.persistence.SerialNumbers;

/**
 * Demo applications in different states (README): built through the aggregate, step by step as the users of
 * each role would, so that their history (进度) is the real one.
 */
@Dependent
public class DemoApplications {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    SerialNumbers serialNumbers;

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

    private void create(String username, long specialtyId, String workUnit, String unitName, ReviewYear year,
                        LocalDateTime now, Action... steps) {
        UserAccount owner = account(username);
        Specialty specialty = em.find(Specialty.class, specialtyId);
        Application application = Application.draft(serialNumbers.next(), owner.getPerson(), year, now.minusDays(3));
        DemoForms.fill(application.getForm(), owner.getPerson().getName(), owner.getPerson().getIdNumber(), workUnit);
        application.declare(DemoForms.declaration(specialty));
        application.sendTo(em.createQuery("SELECT u FROM Unit u WHERE u.name = :name", cn.zhicheng.domain.model.party.Unit.class)
                .setParameter("name", unitName).getSingleResult());
        em.persist(application);
        em.flush();
        LocalDateTime at = now.minusDays(3);
        for (Action step : steps) {
            at = at.plusHours(5);
            em.persist(application.apply(step, actorFor(step, owner, application), at, step.label(), List.of()));
        }
        em.flush();
    }

    private Actor actorFor(Action step, UserAccount owner, Application application) {
        return switch (step) {
            case SUBMIT -> actor(owner);
            case UNIT_APPROVE, PRE_PUBLICITY_PASS -> actor(em.createQuery("SELECT a FROM UserAccount a WHERE "
                    + "a.unit = :unit AND a.role = cn.zhicheng.domain.model.party.Role.UNIT_ADMIN", UserAccount.class)
                    .setParameter("unit", application.getUnit()).getSingleResult());
            default -> actor(em.createQuery("SELECT a FROM UserAccount a WHERE a.office = :office", UserAccount.class)
                    .setParameter("office", application.getCommittee().getOffice()).getSingleResult());
        };
    }

    private UserAccount account(String username) {
        return em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :u", UserAccount.class)
                .setParameter("u", username).getSingleResult();
    }

    private static Actor actor(UserAccount a) {
        return new Actor(a.getUsername(), a.getRole(), a.getPerson() == null ? null : a.getPerson().getId(),
                a.getUnit() == null ? null : a.getUnit().getId(), a.getOffice() == null ? null : a.getOffice().getId(),
                a.getCommittee() == null ? null : a.getCommittee().getId(), Set.of());
    }
}
