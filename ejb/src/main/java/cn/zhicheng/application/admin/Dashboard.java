package cn.zhicheng.application.admin;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 统计分析 of one review year, within what the caller may see (the one visibility rule): applications per stage and
 * per committee, pass rates (通过 / (通过 + 不通过)) per series and per unit, first submissions per day over the
 * application window with the deadline, and the time spent per stage from the history (median and slowest).
 */
public record Dashboard(int year, LocalDateTime windowStart, LocalDateTime windowEnd, LocalDateTime deadline,
                        List<Count> perStage, List<Count> perCommittee, List<Rate> passBySeries, List<Rate> passByUnit,
                        List<DayCount> submissionsPerDay, List<StageTime> timePerStage) implements Serializable {

    /** A label (a state's name, a committee's name) and how many. */
    public record Count(String key, String label, long count) implements Serializable {
    }

    /** Decided applications of a group and how many of them passed. */
    public record Rate(String label, long passed, long decided) implements Serializable {
        public double percent() {
            return decided == 0 ? 0 : Math.round(passed * 1000.0 / decided) / 10.0;
        }
    }

    public record DayCount(LocalDate day, long count) implements Serializable {
    }

    /**
     * Time spent in a stage (from entering it to leaving it, from the history), over the stays that ended.
     *
     * @param state the stage's state name
     */
    public record StageTime(String state, String label, long stays, double medianHours, double slowestHours)
            implements Serializable {
    }
}
