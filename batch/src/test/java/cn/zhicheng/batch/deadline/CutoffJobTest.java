package cn.zhicheng.batch.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import cn.zhicheng.application.CloseCount;
import cn.zhicheng.application.CutoffDeadline;

class CutoffJobTest {

    private static final LocalDateTime DEADLINE = LocalDateTime.of(2021, 1, 25, 0, 0);

    @Test
    void anAbsentOrBlankCommitteeParameterMeansTheDraftsWithoutASpecialty() {
        assertNull(CutoffJob.committee(null));
        assertNull(CutoffJob.committee(" "));
        assertEquals(213L, CutoffJob.committee("213"));
    }

    @Test
    void progressAddsUpAcrossChunksAndNamesBothCountsInTheExitStatus() {
        CutoffJob.Progress progress = CutoffJob.Progress.NONE.plus(new CloseCount(2, 0)).plus(new CloseCount(1, 1));
        assertEquals("CLOSED=3,SKIPPED=1", CutoffJob.exitStatus(progress.count()));
    }

    @Test
    void aDeadlineIsDueFromItsVeryMomentUntilItIsDone() {
        assertFalse(new CutoffDeadline(213L, 2020, DEADLINE, Duration.ofSeconds(1), null).due());
        assertTrue(new CutoffDeadline(213L, 2020, DEADLINE, Duration.ZERO, null).due());
        assertTrue(new CutoffDeadline(213L, 2020, DEADLINE, Duration.ofDays(-3), null).due());
        assertFalse(new CutoffDeadline(213L, 2020, DEADLINE, Duration.ofDays(-3), DEADLINE.plusHours(1)).due());
    }
}
