package cn.zhicheng.batch.console;

import cn.zhicheng.application.BatchConsoleService;
import cn.zhicheng.application.BatchRefusedException;
import cn.zhicheng.application.DeadlineCutoffService;
import cn.zhicheng.application.DeadlineService;
import cn.zhicheng.application.JobExecutionView;
import cn.zhicheng.application.Page;
import cn.zhicheng.application.ScheduledCutoff;
import cn.zhicheng.application.ScheduledRun;
import cn.zhicheng.domain.model.party.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobExecutionIsRunningException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.JobStartException;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The batch console over JBeret's {@code jdbc-job-repository} (its tables {@code job_instance}, {@code job_execution},
 * {@code step_execution} live in the application database, ARCHITECTURE §2): reads are plain SQL there, paged and
 * counted in the database, so every node shows every execution; actions go through the {@link JobOperator}. The
 * deadline cut-off runs as the platform, so it is started and restarted through {@link DeadlineCutoffService}.
 */
@Stateless
@RolesAllowed(Role.SYS_ADMIN_NAME)
public class DefaultBatchConsole implements BatchConsoleService {

    static final String CUTOFF_JOB = "deadline-cutoff";
    static final String REQUESTED_BY = "requestedBy";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final String SELECT = "SELECT e.jobexecutionid, e.jobinstanceid, i.jobname, e.batchstatus, "
            + "e.exitstatus, e.createtime, e.starttime, e.endtime, e.lastupdatedtime, e.jobparameters, "
            + "m.reads, m.writes, m.commits, m.rollbacks, m.skips, m.filtered, p.expected_items, "
            + "(SELECT MAX(l.jobexecutionid) FROM job_execution l WHERE l.jobinstanceid = e.jobinstanceid) "
            + "FROM job_execution e JOIN job_instance i ON i.jobinstanceid = e.jobinstanceid "
            + "LEFT JOIN (SELECT s.jobexecutionid AS id, SUM(s.readcount) AS reads, SUM(s.writecount) AS writes, "
            + "SUM(s.commitcount) AS commits, SUM(s.rollbackcount) AS rollbacks, "
            + "SUM(s.readskipcount + s.processskipcount + s.writeskipcount) AS skips, SUM(s.filtercount) AS filtered "
            + "FROM step_execution s GROUP BY s.jobexecutionid) m ON m.id = e.jobexecutionid "
            + "LEFT JOIN batch_job_progress p ON p.job_execution_id = e.jobexecutionid ";

    @Resource(lookup = "java:jboss/datasources/ZhichengDS")
    DataSource dataSource;

    @Resource
    SessionContext session;

    @EJB
    DeadlineCutoffService cutoffs;

    @EJB
    DeadlineService deadlines;

    @Override
    public List<String> jobNames() {
        TreeSet<String> names = new TreeSet<>(operator().getJobNames());
        query("SELECT DISTINCT jobname FROM job_instance", List.of(), rs -> names.add(rs.getString(1)));
        return List.copyOf(names);
    }

    @Override
    public Page<JobExecutionView> executions(String jobName, int first, int pageSize) {
        List<Object> params = new ArrayList<>();
        String where = jobName == null ? "" : "WHERE i.jobname = ? ";
        if (jobName != null) {
            params.add(jobName);
        }
        long[] total = {0};
        query("SELECT COUNT(*) FROM job_execution e JOIN job_instance i ON i.jobinstanceid = e.jobinstanceid " + where,
                params, rs -> total[0] = rs.getLong(1));
        List<JobExecutionView> rows = new ArrayList<>();
        if (first < total[0]) {
            List<Object> paged = new ArrayList<>(params);
            paged.add(Math.min(Math.max(1, pageSize), 100));
            paged.add(Math.max(0, first));
            query(SELECT + where + "ORDER BY e.jobexecutionid DESC LIMIT ? OFFSET ?", paged, rs -> rows.add(view(rs)));
        }
        return new Page<>(rows, total[0]);
    }

    @Override
    public List<JobExecutionView> executionsAfter(String jobName, Long afterId, int max) {
        List<Object> params = new ArrayList<>();
        params.add(afterId == null ? 0L : afterId);
        String where = "WHERE e.jobexecutionid > ? ";
        if (jobName != null) {
            where += "AND i.jobname = ? ";
            params.add(jobName);
        }
        params.add(Math.min(Math.max(1, max), 1000));
        List<JobExecutionView> rows = new ArrayList<>();
        query(SELECT + where + "ORDER BY e.jobexecutionid LIMIT ?", params, rs -> rows.add(view(rs)));
        return rows;
    }

    @Override
    public JobExecutionView execution(long executionId) {
        List<JobExecutionView> found = new ArrayList<>();
        query(SELECT + "WHERE e.jobexecutionid = ?", List.of(executionId), rs -> found.add(view(rs)));
        if (found.isEmpty()) {
            throw BatchRefusedException.unknownExecution(executionId);
        }
        return found.get(0);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long start(String jobName, Map<String, String> parameters) {
        if (jobName == null || !jobNames().contains(jobName)) {
            throw BatchRefusedException.unknownJob(jobName);
        }
        if (CUTOFF_JOB.equals(jobName)) {
            return startCutoff(parameters);
        }
        Properties properties = new Properties();
        parameters.forEach(properties::setProperty);
        properties.setProperty(REQUESTED_BY, session.getCallerPrincipal().getName());
        try {
            return operator().start(jobName, properties);
        } catch (NoSuchJobException | JobStartException | JobSecurityException e) {
            throw BatchRefusedException.failed(jobName, e.getMessage());
        }
    }

    /** The cut-off's parameters: {@code year} (required), {@code committeeId} (absent: drafts without a specialty), {@code itemCount}. */
    private long startCutoff(Map<String, String> parameters) {
        Integer year = number(parameters, "year", true);
        Integer committee = number(parameters, "committeeId", false);
        Integer itemCount = number(parameters, "itemCount", false);
        for (String key : parameters.keySet()) {
            if (!List.of("year", "committeeId", "itemCount").contains(key)) {
                throw BatchRefusedException.parameterInvalid(key);
            }
        }
        try {
            deadlines.cutoffDeadline(committee == null ? null : committee.longValue(), year);
        } catch (RuntimeException unknown) {
            throw BatchRefusedException.parameterInvalid("year");
        }
        try {
            return cutoffs.start(committee == null ? null : committee.longValue(), year,
                    new DeadlineCutoffService.Options(itemCount == null ? 100 : Math.max(1, itemCount), null));
        } catch (RuntimeException e) {
            // an unknown year or committee: the job repository's or the service's refusal, said once
            throw BatchRefusedException.failed(CUTOFF_JOB, rootMessage(e));
        }
    }

    private static Integer number(Map<String, String> parameters, String key, boolean required) {
        String value = parameters.get(key);
        if (value == null || value.isBlank()) {
            if (required) {
                throw BatchRefusedException.parameterRequired(key);
            }
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw BatchRefusedException.parameterInvalid(key);
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void stop(long executionId) {
        JobExecutionView execution = execution(executionId);
        if (!execution.stoppable()) {
            throw BatchRefusedException.notRunning(executionId, execution.batchStatus());
        }
        try {
            operator().stop(executionId);
        } catch (JobExecutionNotRunningException e) {
            throw BatchRefusedException.notRunning(executionId, execution.batchStatus());
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            throw BatchRefusedException.failed(execution.jobName(), rootMessage(e));
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long restart(long executionId) {
        JobExecutionView execution = execution(executionId);
        if (!execution.restartable()) {
            throw BatchRefusedException.notRestartable(executionId, execution.batchStatus());
        }
        try {
            if (CUTOFF_JOB.equals(execution.jobName())) {
                return cutoffs.restart(executionId);
            }
            Properties properties = new Properties();
            execution.parameters().forEach(properties::setProperty);
            properties.setProperty(REQUESTED_BY, session.getCallerPrincipal().getName());
            return operator().restart(executionId, properties);
        } catch (JobExecutionNotMostRecentException | JobRestartException | JobExecutionIsRunningException e) {
            throw BatchRefusedException.notRestartable(executionId, execution.batchStatus());
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            throw BatchRefusedException.failed(execution.jobName(), rootMessage(e));
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void abandon(long executionId) {
        JobExecutionView execution = execution(executionId);
        if (!execution.abandonable()) {
            throw BatchRefusedException.notAbandonable(executionId, execution.batchStatus());
        }
        try {
            operator().abandon(executionId);
        } catch (JobExecutionIsRunningException e) {
            throw BatchRefusedException.notAbandonable(executionId, execution.batchStatus());
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            throw BatchRefusedException.failed(execution.jobName(), rootMessage(e));
        }
    }

    @Override
    public List<ScheduledRun> scheduled() {
        Map<Long, String> committees = new HashMap<>();
        query("SELECT id, name FROM committee", List.of(), rs -> committees.put(rs.getLong(1), rs.getString(2)));
        List<ScheduledRun> runs = new ArrayList<>();
        for (ScheduledCutoff timer : cutoffs.scheduled()) {
            String subject = timer.committeeId() == null ? null : committees.getOrDefault(timer.committeeId(),
                    String.valueOf(timer.committeeId()));
            runs.add(new ScheduledRun(CUTOFF_JOB, subject, timer.year(), timer.deadline(),
                    LocalDateTime.ofInstant(timer.firesAt(), ZONE)));
        }
        runs.sort(java.util.Comparator.comparing(ScheduledRun::firesAt));
        return runs;
    }

    // ---- reading JBeret's tables

    private static JobExecutionView view(ResultSet rs) throws SQLException {
        Map<String, String> parameters = parameters(rs.getString(10));
        return new JobExecutionView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                time(rs.getTimestamp(6)), time(rs.getTimestamp(7)), time(rs.getTimestamp(8)), time(rs.getTimestamp(9)),
                parameters, parameters.get(REQUESTED_BY), rs.getLong(11), rs.getLong(12), rs.getLong(13),
                rs.getLong(14), rs.getLong(15), rs.getLong(16), (Long) nullable(rs, 17), rs.getLong(18) == rs.getLong(1));
    }

    private static Object nullable(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** JBeret stores the parameters as a {@link Properties} text. */
    private static Map<String, String> parameters(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            Properties properties = new Properties();
            try {
                properties.load(new StringReader(text));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            properties.stringPropertyNames().stream().sorted().forEach(k -> map.put(k, properties.getProperty(k)));
        }
        return map;
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : LocalDateTime.ofInstant(Instant.ofEpochMilli(t.getTime()), ZONE);
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<Object> params, RowReader reader) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
