package nl.gezinsplan.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Where every e-mail goes first: kept with what caused it, so it is sent only if that was saved, and then surely. */
@Service
public class Outbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    Outbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Keeps the mail for sending, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(Mail mail) {
        enqueue(mail, null);
    }

    /**
     * Keeps the mail for sending, in the caller's transaction, unless a mail with the same {@code onceKey} was kept
     * before: for a reaction that may be offered twice (say {@code letter:12:to:anna}). Returns whether it kept it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(Mail mail, String onceKey) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                        insert into mail_outbox (recipient, subject, text_body, html_body, created_at, next_attempt_at,
                                                 once_key)
                        values (:to, :subject, :text, :html, :now, :now, :onceKey)
                        on conflict (once_key) do nothing""")
                .param("to", mail.to())
                .param("subject", mail.subject())
                .param("text", mail.text())
                .param("html", mail.html())
                .param("now", now)
                .param("onceKey", onceKey)
                .update() == 1;
    }

    /** The mails the sender gave up on, the latest first: for the administrator, who can have them tried again. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<FailedMail> failed(int offset, int limit) {
        return jdbc.sql("""
                        select id, recipient, subject, attempts, last_error, created_at, given_up_at from mail_outbox
                        where given_up_at is not null order by given_up_at desc, id desc offset :offset limit :limit""")
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, row) -> new FailedMail(rs.getLong("id"), rs.getString("recipient"),
                        rs.getString("subject"), rs.getInt("attempts"), rs.getString("last_error"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("given_up_at").toInstant()))
                .list();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int countFailed() {
        return jdbc.sql("select count(*) from mail_outbox where given_up_at is not null").query(Integer.class).single();
    }

    /** Sends a mail that was given up once more, with all its attempts again (say after the server was repaired). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void tryAgain(long id) {
        jdbc.sql("""
                        update mail_outbox set given_up_at = null, attempts = 0, next_attempt_at = :now
                        where id = :id and given_up_at is not null""")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
    }

    /** A mail the sender gave up on. */
    public record FailedMail(long id, String recipient, String subject, int attempts, String lastError,
                             Instant createdAt, Instant givenUpAt) {
    }
}
