package nl.gezinsplan.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.gezinsplan.security.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The server's own time for every HTTP request (a page, a Vaadin message, the login form's post) and every Vaadin
 * message over the push websocket, which passes no servlet filter; logged at debug level when switched on with
 * {@code logging.level.nl.gezinsplan.base.ui.ServerTimeLog=debug}, for instance by a load test that adds up the
 * server time of each user's interactions (benchmark.BrowserLoadBenchmark). A line names its session by the start of
 * the SHA-256 of the session's id ({@link #sessionKey}): the id itself would let a reader of the log take the session
 * over.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ServerTimeLog implements Filter, VaadinServiceInitListener, VaadinRequestInterceptor {

    private static final Logger log = LoggerFactory.getLogger(ServerTimeLog.class);
    private static final String STARTED = ServerTimeLog.class.getName() + ".started";
    private static final ThreadLocal<Boolean> TIMED_BY_FILTER = ThreadLocal.withInitial(() -> false);

    /** How a session is named in the log: the first 16 hex digits of the SHA-256 of its id. */
    public static String sessionKey(String sessionId) {
        return Sha256.hex(sessionId.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!log.isDebugEnabled() || !(request instanceof HttpServletRequest http)) {
            chain.doFilter(request, response);
            return;
        }
        long startedAt = System.currentTimeMillis();
        long started = System.nanoTime();
        TIMED_BY_FILTER.set(true);
        try {
            chain.doFilter(request, response);
        } finally {
            TIMED_BY_FILTER.remove();
            // the session after the request: the login's post ends in a new session id, the one the browser keeps
            String session = Optional.ofNullable(http.getSession(false)).map(HttpSession::getId).orElse(null);
            write(started, startedAt, session, http.getMethod() + " " + http.getRequestURI()
                    + Optional.ofNullable(http.getParameter("v-r")).map(type -> " v-r=" + type).orElse(""));
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(this);
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        if (log.isDebugEnabled() && !TIMED_BY_FILTER.get()) {
            request.setAttribute(STARTED, new long[] {System.nanoTime(), System.currentTimeMillis()});
        }
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                                Exception exception) {
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
        if (request.getAttribute(STARTED) instanceof long[] started) {
            write(started[0], started[1], Optional.ofNullable(session).map(VaadinSession::getSession)
                    .map(WrappedSession::getId).orElse(null), "push message");
        }
    }

    private static void write(long started, long startedAt, String sessionId, String what) {
        log.debug("server time {} us at {} session {} {}", (System.nanoTime() - started) / 1_000,
                startedAt, sessionId == null ? "none" : sessionKey(sessionId), what);
    }
}
