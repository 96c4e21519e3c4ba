package cn.zhicheng.application;

import java.io.Serializable;
import java.util.Map;

import cn.zhicheng.domain.model.application.ApplicationState;

/**
 * One page of a work list and the stage bar above it.
 *
 * @param page          the rows of the page and the number of rows matching the whole filter
 * @param countsByState applications per state matching the filter but its states (every state present, 0 if none)
 */
public record WorkList(Page<ApplicationSummary> page, Map<ApplicationState, Long> countsByState) implements Serializable {

    public WorkList {
        countsByState = Map.copyOf(countsByState);
    }

    /** The count of one stage of the stage bar. */
    public long count(ApplicationState state) {
        return countsByState.getOrDefault(state, 0L);
    }
}
