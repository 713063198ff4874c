package nl.gezinsplan.base;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import com.vaadin.flow.server.communication.PushAtmosphereHandler;
import java.io.IOException;
import org.slf4j.Marker;

/**
 * A browser that goes away (its tab closed, its network lost, its node gone) while the server pushes to it makes the
 * push fail with an IOException. The browser reconnects and is brought up to date, so nothing is lost, yet Vaadin
 * logs it as an error, except when Atmosphere words it "Connection remotely closed" (vaadin/flow#21782); its websocket
 * says "Socket closed" for the same thing. This logs every such failure at debug, as Vaadin does for that one.
 * <p>
 * Named in {@code logback-spring.xml}, so it is part of every logging configuration Spring Boot makes: Boot stops and
 * resets the logging, turbo filters and all, whenever an application starts in the JVM.
 */
public class LostPushConnections extends TurboFilter {

    private static final String PUSH = PushAtmosphereHandler.class.getName();

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == Level.ERROR && t instanceof IOException && logger.getName().equals(PUSH)) {
            logger.debug(format, t);
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }
}
