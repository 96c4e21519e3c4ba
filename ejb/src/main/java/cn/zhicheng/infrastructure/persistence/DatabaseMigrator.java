package cn.zhicheng.infrastructure.persistence;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the newest version at deployment, before anything else touches the database. The same
 * migrations serve H2 and PostgreSQL; EclipseLink never generates DDL.
 */
@Startup
@Singleton
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN) // Flyway manages its own connections and commits
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/ZhichengDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // the batch job repository shares the datasource and creates its tables first
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        // where classpath scanning fails Flyway only warns and reports success: refuse to run on no migrations
        if (flyway.info().all().length == 0) {
            throw new IllegalStateException("No database migrations found under db/migration");
        }
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }
}
