package nl.gezinsplan;

import nl.gezinsplan.security.DemoUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The last line of the start-up log: where to go and how to log in. Readiness is announced after every
 * application-ready listener (the engine's job executor among them) has run.
 */
@Component
class ReadyLine {

    static final String READY = "Gezinsplan is ready at ";
    private static final Logger log = LoggerFactory.getLogger(ReadyLine.class);

    private final WebServerApplicationContext context;
    private final ObjectProvider<DemoUsers> demoUsers;

    ReadyLine(WebServerApplicationContext context, ObjectProvider<DemoUsers> demoUsers) {
        this.context = context;
        this.demoUsers = demoUsers;
    }

    @EventListener
    void onReady(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC) {
            return;
        }
        DemoUsers demo = demoUsers.getIfAvailable();
        log.info("{}http://localhost:{}/{}", READY, context.getWebServer().getPort(),
                demo == null ? "" : " - demo logins: " + demo.describe());
    }
}
