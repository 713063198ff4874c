package nl.gezinsplan.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox. Each mail is claimed on its own, {@code for update skip locked}, with a lease
 * ({@code claimed_until}): two nodes, or two runs, never claim one mail together, and a mail whose sender died is
 * claimed again once its lease has run out. A refused or failed attempt is counted and the next one waits longer,
 * doubling up to a cap, until the sender gives up (logged, and listed for the administrator).
 *
 * <p>Delivered once, with one window: when the node dies after the SMTP server accepted a mail and before it was
 * marked sent, the mail is sent again after its lease. It then carries the same {@code Message-ID}, made from the
 * outbox row, so a receiving server or mail program can drop the copy.
 *
 * <p>With e-mail off (no SMTP server configured) a mail is only logged, without its body, and marked so.
 */
@Component
public class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final int MAX_ERROR = 1000;

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> server;
    private final MailSettings settings;
    private final Clock clock;
    private final String messageIdDomain;

    OutboxSender(JdbcClient jdbc, ObjectProvider<JavaMailSender> server, MailSettings settings, Clock clock,
                 @Value("${gezinsplan.portal.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.server = server;
        this.settings = settings;
        this.clock = clock;
        this.messageIdDomain = Optional.ofNullable(URI.create(baseUrl).getHost()).orElse("gezinsplan");
    }

    /** Sends every mail that is due now, one at a time; returns how many it sent (or logged). Safe to run anywhere. */
    @Scheduled(fixedDelayString = "${gezinsplan.mail.send-every}", initialDelayString = "${gezinsplan.mail.send-every}")
    public int sendDue() {
        int sent = 0;
        Optional<Claimed> next;
        while ((next = claimNext()).isPresent()) {
            if (send(next.get())) {
                sent++;
            }
        }
        return sent;
    }

    private Optional<Claimed> claimNext() {
        Instant now = clock.instant();
        return jdbc.sql("""
                        update mail_outbox set claimed_until = :until
                        where id = (select id from mail_outbox
                                    where sent_at is null and given_up_at is null and next_attempt_at <= :now
                                      and (claimed_until is null or claimed_until <= :now)
                                    order by next_attempt_at, id limit 1
                                    for update skip locked)
                        returning id, recipient, subject, text_body, html_body, created_at, attempts""")
                .param("until", Timestamp.from(now.plus(settings.lease())))
                .param("now", Timestamp.from(now))
                .query((rs, row) -> new Claimed(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("text_body"), rs.getString("html_body"), rs.getTimestamp("created_at").toInstant(),
                        rs.getInt("attempts")))
                .optional();
    }

    private boolean send(Claimed mail) {
        JavaMailSender sender = server.getIfAvailable();
        if (sender == null) {
            LOG.info("E-mail is off (GEZINSPLAN_MAIL_HOST is not set): mail {} to {} with subject \"{}\" is only "
                    + "logged, not sent", mail.id(), mail.recipient(), mail.subject());
            markSent(mail, true);
            return true;
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            message.setHeader("Message-ID", messageId(mail));
            sender.send(message);
        } catch (MessagingException | RuntimeException failure) {
            failed(mail, failure);
            return false;
        }
        markSent(mail, false);
        return true;
    }

    /** The same for every attempt at one outbox row, so a receiver can recognise a second copy. */
    String messageId(Claimed mail) {
        return "<outbox." + mail.id() + "." + mail.createdAt().toEpochMilli() + "@" + messageIdDomain + ">";
    }

    private void markSent(Claimed mail, boolean loggedOnly) {
        jdbc.sql("""
                        update mail_outbox set sent_at = :now, logged_only = :loggedOnly, claimed_until = null,
                               last_error = null, text_body = '', html_body = ''
                        where id = :id""")
                .param("now", Timestamp.from(clock.instant()))
                .param("loggedOnly", loggedOnly)
                .param("id", mail.id())
                .update();
    }

    private void failed(Claimed mail, Exception failure) {
        int attempts = mail.attempts() + 1;
        Instant now = clock.instant();
        boolean givingUp = attempts >= settings.maxAttempts();
        String error = String.valueOf(failure.getMessage());
        jdbc.sql("""
                        update mail_outbox set attempts = :attempts, next_attempt_at = :next, claimed_until = null,
                               last_error = :error, given_up_at = :givenUp
                        where id = :id""")
                .param("attempts", attempts)
                .param("next", Timestamp.from(now.plus(settings.retryAfter(attempts))))
                .param("error", error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error)
                .param("givenUp", givingUp ? Timestamp.from(now) : null)
                .param("id", mail.id())
                .update();
        if (givingUp) {
            LOG.error("Mail {} to {} not sent after {} attempts; given up (the administrator sees it on "
                    + "beheer/e-mail): {}", mail.id(), mail.recipient(), attempts, error);
        } else {
            LOG.warn("Mail {} not sent (attempt {} of {}), tried again in {}: {}", mail.id(), attempts,
                    settings.maxAttempts(), settings.retryAfter(attempts), error);
        }
    }

    record Claimed(long id, String recipient, String subject, String text, String html, Instant createdAt,
                   int attempts) {
    }
}
