package cn.zhicheng.application;

import java.io.Serializable;
import java.time.LocalDate;

import cn.zhicheng.domain.model.review.MeetingStatus;

/** One row of a list of meetings (the office's or an expert's). */
public record MeetingSummary(long id, String committeeName, LocalDate date, String place, MeetingStatus status,
                             int members, int applications) implements Serializable {
}
