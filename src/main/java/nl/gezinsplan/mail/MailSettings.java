package nl.gezinsplan.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The SMTP server and how the outbox is sent (application.yml, {@code gezinsplan.mail}).
 *
 * @param host          the SMTP server; empty: e-mail is off, every mail is only logged
 * @param port          its port (587 for STARTTLS)
 * @param username      the login at the server; empty: none
 * @param password      its password
 * @param startTls      whether the connection must switch to TLS (STARTTLS) before the login
 * @param from          the sender's address on every mail
 * @param maxAttempts   attempts after which a mail is given up
 * @param firstRetry    the wait after the first failure, doubling with every next one
 * @param maxRetry      the longest wait between two attempts
 * @param lease         how long a claimed mail is left to the sender that claimed it; after that another may send it
 */
@ConfigurationProperties("gezinsplan.mail")
record MailSettings(String host, int port, String username, String password, boolean startTls, String from,
                    int maxAttempts, Duration firstRetry, Duration maxRetry, Duration lease) {

    boolean on() {
        return host != null && !host.isBlank();
    }

    /** The wait after the {@code attempts}th failure: the first wait doubled each time, at most {@code maxRetry}. */
    Duration retryAfter(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration wait = firstRetry.multipliedBy(1L << doublings);
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
