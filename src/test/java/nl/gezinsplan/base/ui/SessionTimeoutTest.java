package nl.gezinsplan.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinService;
import java.time.Duration;
import nl.gezinsplan.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;

class SessionTimeoutTest extends ViewTest {

    @Autowired
    ServerProperties server;

    @Test
    void anIdleSessionEndsAfterHalfAnHourEvenWithTheBrowserStillOpen() {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(VaadinService.getCurrent().getDeploymentConfiguration().isCloseIdleSessions())
                .as("Vaadin's heartbeat does not keep an idle session alive")
                .isTrue();
    }
}
