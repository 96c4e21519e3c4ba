package cn.zhicheng.application;

import jakarta.ejb.Local;

/**
 * What a running job execution expects to process, so that the console can draw its progress. A job writes it when
 * its step opens (again on a restart: what is left). Open to every caller: jobs run as whoever started them.
 */
@Local
public interface BatchProgress {

    void expect(long executionId, long items);
}
