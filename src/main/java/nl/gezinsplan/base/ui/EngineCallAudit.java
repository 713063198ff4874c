package nl.gezinsplan.base.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.AuditLog;
import nl.gezinsplan.security.EngineChanges;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts every call to the engine's REST API or the webapps' API that changed something on Gezinsplan's audit trail, and
 * every one that was refused, with its answer. Only calls other than GET, HEAD and OPTIONS count; of those, a query
 * that succeeded (the APIs take many queries as POSTs) is left out: a call changed something when the engine ran a
 * command that changes ({@link EngineChanges}). Sits in those
 * doors' security chains after authentication, so it knows who called, and around the authorization check, so a
 * caller refused for their role is recorded too.
 */
class EngineCallAudit extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final int DETAIL_LENGTH = 500;

    private final AuditLog audit;

    EngineCallAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (READS.contains(request.getMethod()) || caller == null || caller instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        boolean answered = false;
        try {
            chain.doFilter(request, response);
            answered = true;
        } finally {
            String call = request.getMethod() + " " + request.getRequestURI()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
                    + " -> " + (answered ? String.valueOf(response.getStatus()) : "failed");
            boolean done = answered && response.getStatus() < 400;
            if (!done || EngineChanges.madeDuring(request)) {
                audit.recordOutsideFile(caller.getName(), done ? AuditAction.UPDATE : AuditAction.DENIED,
                        "audit.engine.call", call.length() > DETAIL_LENGTH ? call.substring(0, DETAIL_LENGTH) : call);
            }
        }
    }
}
