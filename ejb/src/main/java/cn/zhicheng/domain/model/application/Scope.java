package cn.zhicheng.domain.model.application;

/** Whose application an actor may act on, for a transition. */
public enum Scope {
    /** The individual who owns the application. */
    OWNER,
    /** A user of the unit the application was sent to (a handler needs the business-item grant). */
    UNIT,
    /** Staff of the office of the application's committee. */
    OFFICE,
    /** The HR bureau: every application at its stages. */
    BUREAU,
    /** The platform itself (batch jobs, the payment platform's notification), in its run-as role SYSTEM. */
    SYSTEM
}
