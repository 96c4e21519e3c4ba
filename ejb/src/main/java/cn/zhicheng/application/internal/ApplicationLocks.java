package cn.zhicheng.application.internal;

import java.util.function.Predicate;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.domain.model.application.Application;
import cn.zhicheng.domain.model.application.ApplicationNotFoundException;
import cn.zhicheng.domain.model.application.ConcurrentUpdateException;

/**
 * Opens an application for a change: the row lock makes concurrent changes take turns, and the version the
 * caller's screen was built from tells a latecomer that someone else changed it meanwhile.
 */
@Dependent
public class ApplicationLocks {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    /** The locked application, if it exists and the caller may touch it (else: not found, whichever it is). */
    public Application lock(long applicationId, long expectedVersion, Predicate<Application> callerMayTouch) {
        Application application = em.find(Application.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        if (application == null || !callerMayTouch.test(application)) {
            throw new ApplicationNotFoundException();
        }
        if (application.getVersion() != expectedVersion) {
            throw new ConcurrentUpdateException(application.getSerialNo(), application.getState());
        }
        return application;
    }

    /**
     * The locked application whatever its version, for a change that does not write the application
     * itself (an upload, a delete of an attachment): it still takes turns with a submit or a decision.
     */
    public Application lockCurrent(long applicationId, Predicate<Application> callerMayTouch) {
        Application application = em.find(Application.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        if (application == null || !callerMayTouch.test(application)) {
            throw new ApplicationNotFoundException();
        }
        return application;
    }
}
