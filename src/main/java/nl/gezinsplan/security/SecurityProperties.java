package nl.gezinsplan.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailedLogins failed logins in a row that lock an account
 * @param lockDuration    how long such a lock lasts
 */
@ConfigurationProperties("gezinsplan.security")
record SecurityProperties(int maxFailedLogins, Duration lockDuration) {
}
