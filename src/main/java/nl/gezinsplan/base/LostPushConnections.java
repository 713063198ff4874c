package nl.gezinsplan.base;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import com.vaadin.flow.server.communication.PushAtmosphereHandler;
import java.io.IOException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A browser that goes away (its tab closed, its network lost, its node gone) while the server pushes to it makes the
 * push fail with an IOException. The browser reconnects and is brought up to date, so nothing is lost, yet Vaadin
 * logs it as an error, except when Atmosphere words it "Connection remotely closed" (vaadin/flow#21782); its websocket
 * says "Socket closed" for the same thing. This logs every such failure at debug, as Vaadin does for that one.
 */
@Component
class LostPushConnections extends TurboFilter implements LoggerContextListener {

    private static final String PUSH = PushAtmosphereHandler.class.getName();

    /** Takes the place of an earlier one, as when a second application context starts in the same JVM (tests). */
    LostPushConnections() {
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        logging.getTurboFilterList().removeIf(filter -> filter instanceof LostPushConnections);
        logging.getCopyOfListenerList().stream().filter(listener -> listener instanceof LostPushConnections)
                .forEach(logging::removeListener);
        logging.addListener(this);
        logging.addTurboFilter(this);
        start();
    }

    /** Spring Boot resets the logging, and with it every turbo filter, when an application context starts. */
    @Override
    public boolean isResetResistant() {
        return true;
    }

    @Override
    public void onReset(LoggerContext logging) {
        logging.addTurboFilter(this);
    }

    @Override
    public void onStart(LoggerContext logging) {
    }

    @Override
    public void onStop(LoggerContext logging) {
    }

    @Override
    public void onLevelChange(Logger logger, Level level) {
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == Level.ERROR && t instanceof IOException && logger.getName().equals(PUSH)) {
            logger.debug(format, t);
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }
}
