package cn.zhicheng.application;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * One job execution as the console shows it: JBeret's status and times (platform time zone), the counts summed over
 * its steps, its parameters, who started it ({@code requestedBy}), and what it expected to process (null: unknown).
 *
 * @param latest whether it is its job instance's latest execution (only that one may be restarted)
 */
public record JobExecutionView(long executionId, long instanceId, String jobName, String batchStatus,
                               String exitStatus, LocalDateTime createdAt, LocalDateTime startedAt,
                               LocalDateTime endedAt, LocalDateTime updatedAt, Map<String, String> parameters,
                               String requestedBy, long readCount, long writeCount, long commitCount,
                               long rollbackCount, long skipCount, long filterCount, Long expectedItems,
                               boolean latest) implements Serializable {

    public boolean running() {
        return switch (batchStatus) {
            case "STARTING", "STARTED", "STOPPING" -> true;
            default -> false;
        };
    }

    public boolean stoppable() {
        return "STARTING".equals(batchStatus) || "STARTED".equals(batchStatus);
    }

    public boolean restartable() {
        return latest && ("FAILED".equals(batchStatus) || "STOPPED".equals(batchStatus));
    }

    public boolean abandonable() {
        return "FAILED".equals(batchStatus) || "STOPPED".equals(batchStatus);
    }

    /** Items done: written, filtered or skipped. */
    public long doneItems() {
        return writeCount + filterCount + skipCount;
    }

    /** 0–100 of what it expected; 100 once COMPLETED; null when it expected nothing known. */
    public Integer percent() {
        if ("COMPLETED".equals(batchStatus)) {
            return 100;
        }
        if (expectedItems == null || expectedItems <= 0) {
            return null;
        }
        return (int) Math.min(100, doneItems() * 100 / expectedItems);
    }

    /** The parameters as {@code key=value} lines, sorted, without the repository's own ({@code jberet.*}). */
    public String parametersText() {
        return String.join("\n", parameters.entrySet().stream().filter(e -> !e.getKey().startsWith("jberet."))
                .sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + "=" + e.getValue()).toList());
    }
}
