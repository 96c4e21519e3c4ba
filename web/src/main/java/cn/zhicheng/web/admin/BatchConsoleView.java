package cn.zhicheng.web.admin;

import cn.zhicheng.application.BatchConsoleService;
import cn.zhicheng.application.JobExecutionView;
import cn.zhicheng.application.ScheduledRun;
import cn.zhicheng.application.export.ExportColumn;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.web.common.Exports;
import cn.zhicheng.web.shell.LocaleView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.StreamedContent;

/**
 * 批处理作业 (SYS_ADMIN): the executions of every job (filter by job, paged in the database), their progress while
 * they run (the table polls), 启动 with parameters, 停止, 重新启动, 放弃, and the runs the timers will start.
 */
@Named
@ViewScoped
public class BatchConsoleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    BatchConsoleService console;

    @Inject
    LocaleView localeView;

    private List<String> jobNames;
    private String jobFilter;
    private PagedModel<JobExecutionView> model;

    private String startJob;
    private String startParameters;
    private boolean anyRunning;

    @PostConstruct
    void init() {
        jobNames = console.jobNames();
        startJob = jobNames.contains("deadline-cutoff") ? "deadline-cutoff" : jobNames.isEmpty() ? null : jobNames.get(0);
        model = new PagedModel<>((first, size) -> {
            var page = console.executions(jobFilter, first, size);
            anyRunning = page.rows().stream().anyMatch(JobExecutionView::running);
            return page;
        }, JobExecutionView::executionId);
    }

    /** 启动: the job with the typed {@code key=value} lines. */
    public void start() {
        try {
            long id = console.start(startJob, parse(startParameters));
            Messages.info(text("batch.started"), startJob, String.valueOf(id));
            anyRunning = true;
        } catch (BusinessException refused) {
            Messages.refused("batch:start-parameters", refused, localeView.getLocale());
        } catch (IllegalArgumentException badLine) {
            Messages.refused("batch:start-parameters",
                    cn.zhicheng.application.BatchRefusedException.parameterInvalid(badLine.getMessage()), localeView.getLocale());
        }
    }

    public void stop(long executionId) {
        act(() -> console.stop(executionId), "batch.stopRequested", executionId);
    }

    public void restart(long executionId) {
        try {
            long id = console.restart(executionId);
            Messages.info(text("batch.restarted"), String.valueOf(executionId), String.valueOf(id));
            anyRunning = true;
        } catch (BusinessException refused) {
            Messages.refused(null, refused, localeView.getLocale());
        }
    }

    public void abandon(long executionId) {
        act(() -> console.abandon(executionId), "batch.abandoned", executionId);
    }

    private void act(Runnable action, String doneKey, long executionId) {
        try {
            action.run();
            Messages.info(text(doneKey), String.valueOf(executionId));
        } catch (BusinessException refused) {
            Messages.refused(null, refused, localeView.getLocale());
        }
    }

    /** Lines {@code key=value}; blank lines are ignored. */
    static Map<String, String> parse(String text) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                int eq = line.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException(line.strip());
                }
                parameters.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return parameters;
    }

    public String statusLabel(String batchStatus) {
        return text("batch.status." + batchStatus);
    }

    public List<ScheduledRun> getScheduled() {
        return console.scheduled();
    }

    /** 导出Excel: the executions of the chosen job. */
    public StreamedContent getExport() {
        String job = jobFilter;
        List<ExportColumn<JobExecutionView>> columns = List.of(
                ExportColumn.of("执行编号", JobExecutionView::executionId, 10),
                ExportColumn.of("作业名称", JobExecutionView::jobName, 20),
                ExportColumn.of("状态", JobExecutionView::batchStatus, 12),
                ExportColumn.of("开始时间", JobExecutionView::startedAt, 18),
                ExportColumn.of("结束时间", JobExecutionView::endedAt, 18),
                ExportColumn.of("读取", JobExecutionView::readCount, 8),
                ExportColumn.of("写入", JobExecutionView::writeCount, 8),
                ExportColumn.of("跳过", JobExecutionView::skipCount, 8),
                ExportColumn.of("提交", JobExecutionView::commitCount, 8),
                ExportColumn.of("退出状态", JobExecutionView::exitStatus, 24),
                ExportColumn.of("参数", JobExecutionView::parametersText, 40),
                ExportColumn.of("启动人", JobExecutionView::requestedBy, 12));
        return Exports.xlsx(text("batch.title"), columns,
                Exports.pages((after, max) -> console.executionsAfter(job, after, max), JobExecutionView::executionId));
    }

    private String text(String key) {
        return localeView.bundle().getString(key);
    }

    public List<String> getJobNames() {
        return jobNames;
    }

    public String getJobFilter() {
        return jobFilter;
    }

    public void setJobFilter(String jobFilter) {
        this.jobFilter = jobFilter == null || jobFilter.isBlank() ? null : jobFilter;
    }

    public PagedModel<JobExecutionView> getModel() {
        return model;
    }

    public String getStartJob() {
        return startJob;
    }

    public void setStartJob(String startJob) {
        this.startJob = startJob;
    }

    public String getStartParameters() {
        return startParameters;
    }

    public void setStartParameters(String startParameters) {
        this.startParameters = startParameters;
    }

    public boolean isAnyRunning() {
        return anyRunning;
    }
}
