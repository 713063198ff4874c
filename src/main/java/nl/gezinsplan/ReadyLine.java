package nl.gezinsplan;

import nl.gezinsplan.security.DemoUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The last line of the start-up log: where to go and how to log in. */
@Component
class ReadyLine {

    private static final Logger log = LoggerFactory.getLogger(ReadyLine.class);

    private final ObjectProvider<DemoUsers> demoUsers;

    ReadyLine(ObjectProvider<DemoUsers> demoUsers) {
        this.demoUsers = demoUsers;
    }

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void onReady(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        String address = "http://localhost:" + web.getWebServer().getPort() + "/";
        DemoUsers demo = demoUsers.getIfAvailable();
        log.info("Gezinsplan is ready at {}{}", address,
                demo == null ? "" : " - demo logins: " + demo.describe());
    }
}
