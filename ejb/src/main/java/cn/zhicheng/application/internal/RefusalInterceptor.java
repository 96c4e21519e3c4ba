package cn.zhicheng.application.internal;

import java.util.logging.Level;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.ejb.EJBAccessException;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

import cn.zhicheng.domain.model.application.WorkflowException;
import cn.zhicheng.domain.model.audit.SecurityEvent;
import cn.zhicheng.domain.model.party.NotGrantedException;
import cn.zhicheng.domain.shared.BusinessException;

/**
 * The one place that records refused calls: a container interceptor on every EJB of the module (META-INF/
 * jboss-ejb3.xml), which runs before the container's own security check and so also sees its refusals by role
 * ({@code EJBAccessException}). Only the outermost EJB call of a request records (a refusal passing up through
 * nested calls is one event). Kinds: {@code ROLE_REFUSED}; {@code READ_REFUSED} (an id the caller may not see, which
 * answers as a missing one); {@code UPLOAD_REFUSED}; {@code VALIDATION_REFUSED} (input refused, kept apart from the
 * security refusals). Workflow and grant refusals are recorded as {@code ACTION_REFUSED} where they are decided.
 */
public class RefusalInterceptor {

    private static final Logger LOG = Logger.getLogger(RefusalInterceptor.class.getName());
    private static final String RECORDER = "java:global/zhicheng/zhicheng-ejb/RefusalRecorder!cn.zhicheng.application.internal.RefusalRecorder";
    // the call depth of this thread's current request: per call stack, never state shared between requests
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    @AroundInvoke
    public Object around(InvocationContext invocation) throws Exception {
        int[] depth = DEPTH.get();
        depth[0]++;
        try {
            return invocation.proceed();
        } catch (EJBAccessException refused) {
            if (depth[0] == 1 && !(refused instanceof RecordedAccessException)) {
                record(SecurityEvent.Type.ROLE_REFUSED, invocation, refused.getMessage());
            }
            throw refused;
        } catch (BusinessException refused) {
            SecurityEvent.Type kind = kindOf(refused);
            if (depth[0] == 1 && kind != null) {
                record(kind, invocation, refused.code() + " " + refused.getMessage());
            }
            throw refused;
        } finally {
            if (--depth[0] == 0) {
                DEPTH.remove();
            }
        }
    }

    /** The kind a refusal is recorded as, or null when the service that refused records it itself. */
    static SecurityEvent.Type kindOf(BusinessException refused) {
        String code = refused.code();
        if ("NOT_FOUND".equals(code) || code.endsWith("_NOT_FOUND")) {
            return SecurityEvent.Type.READ_REFUSED;
        }
        if (refused instanceof WorkflowException || refused instanceof NotGrantedException) {
            return null; // ACTION_REFUSED, written by the transition path and UnitGrants
        }
        if (refused.getClass().getSimpleName().startsWith("Material")) {
            return SecurityEvent.Type.UPLOAD_REFUSED;
        }
        return SecurityEvent.Type.VALIDATION_REFUSED;
    }

    private static void record(SecurityEvent.Type kind, InvocationContext invocation, String detail) {
        String where = invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
        try {
            RefusalRecorder recorder = (RefusalRecorder) new InitialContext().lookup(RECORDER);
            recorder.record(kind, where + ": " + detail);
        } catch (NamingException | RuntimeException notRecorded) {
            // the refusal itself must reach the caller unchanged
            LOG.log(Level.WARNING, "refusal not recorded: " + kind + " " + where, notRecorded);
        }
    }
}
