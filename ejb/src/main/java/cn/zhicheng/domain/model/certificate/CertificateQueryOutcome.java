package cn.zhicheng.domain.model.certificate;

/** How a public certificate query was answered (recorded with every query). */
public enum CertificateQueryOutcome {
    /** name, ID number and certificate number matched an issued certificate */
    FOUND,
    /** the one neutral answer: nothing says which of the three did not match */
    NOT_FOUND,
    /** a field was blank (counted against the limit like any query) */
    INCOMPLETE,
    /** the client address has used its queries of the window */
    RATE_LIMITED
}
