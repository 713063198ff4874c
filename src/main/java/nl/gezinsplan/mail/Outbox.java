package nl.gezinsplan.mail;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
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
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into mail_outbox (recipient, subject, text_body, html_body, created_at, next_attempt_at)
                        values (:to, :subject, :text, :html, :now, :now)""")
                .param("to", mail.to())
                .param("subject", mail.subject())
                .param("text", mail.text())
                .param("html", mail.html())
                .param("now", now)
                .update();
    }
}
