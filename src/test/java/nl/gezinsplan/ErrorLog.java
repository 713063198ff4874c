package nl.gezinsplan;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** What the application logs as an error while a test listens: failures the user may not have seen. */
public final class ErrorLog {

    private final ListAppender<ILoggingEvent> events = new ListAppender<>();

    public void listen() {
        events.start();
        root().addAppender(events);
    }

    public void stop() {
        root().detachAppender(events);
    }

    public List<String> errors() {
        return events.list.stream().filter(event -> event.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
