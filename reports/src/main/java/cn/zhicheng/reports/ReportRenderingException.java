package cn.zhicheng.reports;

/** A template could not be loaded, filled or exported: a defect of the platform, not of the caller's data. */
public class ReportRenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
