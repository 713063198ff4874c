package nl.gezinsplan.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in the municipality's time zone; tests can move it. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    /** Where the municipality is: dates and times are shown and cut into days here. */
    public static final ZoneId MUNICIPALITY_ZONE = ZoneId.of("Europe/Amsterdam");

    @Bean
    Clock clock() {
        return Clock.system(MUNICIPALITY_ZONE);
    }
}
