package cn.zhicheng.application;

import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.domain.shared.MessageKey;

/** A console action the job repository refuses (unknown job or execution, wrong status, a bad parameter). */
public class BatchRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private BatchRefusedException(MessageKey key, Object... arguments) {
        super(key, arguments);
    }

    public static BatchRefusedException unknownJob(String jobName) {
        return new BatchRefusedException(MessageKey.BATCH_JOB_UNKNOWN, jobName);
    }

    public static BatchRefusedException unknownExecution(long executionId) {
        return new BatchRefusedException(MessageKey.BATCH_EXECUTION_UNKNOWN, String.valueOf(executionId));
    }

    public static BatchRefusedException parameterRequired(String name) {
        return new BatchRefusedException(MessageKey.BATCH_PARAMETER_REQUIRED, name);
    }

    public static BatchRefusedException parameterInvalid(String name) {
        return new BatchRefusedException(MessageKey.BATCH_PARAMETER_INVALID, name);
    }

    public static BatchRefusedException notRunning(long executionId, String status) {
        return new BatchRefusedException(MessageKey.BATCH_NOT_RUNNING, String.valueOf(executionId), status);
    }

    public static BatchRefusedException notRestartable(long executionId, String status) {
        return new BatchRefusedException(MessageKey.BATCH_NOT_RESTARTABLE, String.valueOf(executionId), status);
    }

    public static BatchRefusedException notAbandonable(long executionId, String status) {
        return new BatchRefusedException(MessageKey.BATCH_NOT_ABANDONABLE, String.valueOf(executionId), status);
    }

    public static BatchRefusedException failed(String jobName, String reason) {
        return new BatchRefusedException(MessageKey.BATCH_ACTION_FAILED, jobName, reason);
    }
}
