package cn.zhicheng.it.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityIdentity;

import cn.zhicheng.application.WorkflowService;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.application.ConcurrentUpdateException;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Journey;
import cn.zhicheng.it.support.Users;

/** Two users approve the same application at the same moment: one wins, the other is told, one history entry. */
@ExtendWith(ArquillianExtension.class)
class ConcurrencyIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ConcurrencyIT.class);
    }

    @Test
    void twoSimultaneousApprovalsYieldOneTransitionAndOneClearConflict() throws Exception {
        for (int round = 0; round < 3; round++) {
            Journey.Case c = Journey.at(ApplicationState.UNIT_REVIEW);
            // the approval requires the unit's signed 单位承诺书: uploaded before the race
            Journey.unitMaterialFor(c, "jt-admin", Action.UNIT_APPROVE);
            long version = Journey.version(c.id());
            long historyBefore = Journey.historyCount(c.id());
            WorkflowService workflow = Journey.workflow();
            List<SecurityIdentity> users = List.of(Users.identity("jt-admin"), Users.identity("jt-handler"));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Object>> outcomes = new ArrayList<>();
            try {
                for (SecurityIdentity user : users) {
                    outcomes.add(pool.submit(() -> {
                        start.await();
                        return Users.as(user, () -> workflow.decide(c.id(), version, Journey.decisionFor(Action.UNIT_APPROVE)));
                    }));
                }
                start.countDown();
                int succeeded = 0;
                for (Future<Object> outcome : outcomes) {
                    try {
                        outcome.get(60, TimeUnit.SECONDS);
                        succeeded++;
                    } catch (ExecutionException e) {
                        ConcurrentUpdateException conflict = assertInstanceOf(ConcurrentUpdateException.class, e.getCause());
                        assertTrue(conflict.getMessage().contains("已被他人处理"), conflict.getMessage());
                    }
                }
                assertEquals(1, succeeded);
            } finally {
                pool.shutdownNow();
            }
            assertEquals(ApplicationState.UNIT_PRE_PUBLICITY, Journey.state(c.id()));
            assertEquals(historyBefore + 1, Journey.historyCount(c.id()));
            assertEquals(version + 1, Journey.version(c.id()));
        }
    }
}
