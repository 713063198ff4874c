package nl.gezinsplan.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Marks the web request during which the process engine ran a command that changes something, so the audit of the
 * engine's REST API and webapps tells a change from a query (their queries come as POSTs too).
 */
public final class EngineChanges {

    private static final String ATTRIBUTE = EngineChanges.class.getName();

    private EngineChanges() {
    }

    /** Called by the engine for each changing command; outside a web request it does nothing. */
    public static void markCurrentRequest() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    public static boolean madeDuring(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) != null;
    }
}
