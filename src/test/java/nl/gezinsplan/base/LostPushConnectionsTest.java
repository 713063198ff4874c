package nl.gezinsplan.base;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.server.communication.PushAtmosphereHandler;
import java.io.IOException;
import nl.gezinsplan.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The running application logs a push to a browser that went away at debug, and every other push failure as error; in
 * the whole suite, so also after another application in the JVM (DatabaseCommandsTest) made the logging anew.
 */
@IntegrationTest
class LostPushConnectionsTest {

    private final Logger push = (Logger) LoggerFactory.getLogger(PushAtmosphereHandler.class);
    private final Logger ours = (Logger) LoggerFactory.getLogger(LiveUpdates.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private Level level;

    @BeforeEach
    void listen() {
        level = push.getLevel();
        push.setLevel(Level.DEBUG);
        logged.start();
        push.addAppender(logged);
        ours.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        push.detachAppender(logged);
        ours.detachAppender(logged);
        push.setLevel(level);
    }

    @Test
    void aBrowserThatWentAwayIsNoError() {
        // as Vaadin's PushAtmosphereHandler logs it when Atmosphere's websocket was closed by the browser
        push.error("Exception in push connection", new IOException("Socket closed {}"));

        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.DEBUG);
            assertThat(event.getMessage()).isEqualTo("Exception in push connection");
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("Socket closed {}");
        });
    }

    @Test
    void anyOtherFailureStaysAnError() {
        push.error("Exception in push connection", new IllegalStateException("a bug of ours"));
        ours.error("Not pushed", new IOException("elsewhere"));

        assertThat(logged.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.ERROR, Level.ERROR);
    }
}
