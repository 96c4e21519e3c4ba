package cn.zhicheng.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.application.CatalogueService;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Users;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The PostgreSQL datasource survives connections the database dropped (what a database restart does to a pool),
 * without restarting anything shared: every other backend of the tests' own database, i.e. the pool's idle
 * connections, is ended with {@code pg_terminate_backend}; the next calls through the services and the datasource
 * succeed (validate-on-match with PostgreSQL's checker, the exception sorter). On H2 (in memory) there is no server
 * to drop connections: skipped.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIf("onPostgreSql")
class DatasourceRecoveryIT {

    /**
     * Decided by the client before anything is deployed (an assumption failing inside the server is reported as an
     * error); inside the server, where the client already decided, always true.
     */
    static boolean onPostgreSql() {
        return "postgresql".equals(System.getProperty("zc.db")) || System.getProperty("jboss.home.dir") != null;
    }

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(DatasourceRecoveryIT.class);
    }

    @Test
    void theNextCallsSucceedAfterThePoolsConnectionsWereTerminated() throws Exception {
        assertTrue(postgres(), "the tests' datasource is PostgreSQL");
        CatalogueService catalogue = InitialContext.doLookup("java:global/zhicheng/zhicheng-ejb/DefaultCatalogueService!"
                + CatalogueService.class.getName());
        // several connections in the pool: held at once, then given back
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                held.add(Db.dataSource().getConnection());
                held.get(i).createStatement().execute("SELECT 1");
            }
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        long before = Db.count("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND pid <> pg_backend_pid()");
        assertTrue(before >= 3, "the pool holds idle connections: " + before);
        long terminated = Db.count("SELECT COUNT(*) FROM (SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity "
                + "WHERE datname = current_database() AND pid <> pg_backend_pid()) t WHERE t.done");
        assertTrue(terminated >= 3, "ended " + terminated + " backends");

        for (int i = 0; i < 8; i++) {
            assertFalse(Users.as("zhaoliu", catalogue::series).isEmpty(), "call " + i + " after the terminations");
            assertEquals(1L, Db.count("SELECT COUNT(*) FROM review_year WHERE review_year = 2020"));
        }
    }

    private static boolean postgres() throws Exception {
        try (Connection c = Db.dataSource().getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }
}
