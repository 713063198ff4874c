package nl.gezinsplan.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.TestClock;
import nl.gezinsplan.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class OutboxTest {

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    MailComposer composer;

    @Autowired
    MailSettings settings;

    @Autowired
    JavaMailSender server;

    @Autowired
    TestMailServer mailServer;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void putBack() {
        mailServer.reset();
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void sendsAMailOnceInPlainTextAndHtmlWithAMessageIdOfItsRow() throws Exception {
        String to = address();
        long id = enqueue(to);

        sender.sendDue();
        sender.sendDue();

        List<MimeMessage> received = mailServer.receivedBy(to);
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getSubject()).isEqualTo("Test");
        assertThat(mail.getMessageID()).startsWith("<outbox." + id + ".").endsWith("@localhost>");
        assertThat(TestMailServer.part(mail, "text/plain")).isEqualTo("Er staat iets voor u klaar.");
        assertThat(TestMailServer.part(mail, "text/html")).isEqualTo("<p>Er staat iets voor u klaar.</p>");
        assertThat(jdbc.sql("select sent_at is not null and not logged_only and text_body = '' and html_body = '' "
                + "from mail_outbox where id = :id").param("id", id).query(Boolean.class).single())
                .as("sent, and its body (perhaps a first-time code) no longer kept").isTrue();
    }

    @Test
    void keepsAMailWithTheSameOnceKeyOnce() {
        String key = "test:" + UUID.randomUUID();
        boolean first = transactions.execute(status -> outbox.enqueue(mail(address()), key));
        boolean second = transactions.execute(status -> outbox.enqueue(mail(address()), key));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(jdbc.sql("select count(*) from mail_outbox where once_key = :key").param("key", key)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void enqueuesOnlyInTheTransactionOfWhatCausedIt() {
        assertThatThrownBy(() -> outbox.enqueue(mail(address())))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    @Test
    void twoSendersRacingSendEveryMailOnce() {
        List<String> addresses = IntStream.range(0, 20).mapToObj(i -> address()).toList();
        addresses.forEach(this::enqueue);
        OutboxSender otherNode = new OutboxSender(jdbc, provider(server), settings, clock, "http://localhost:8080");

        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(sender::sendDue);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(otherNode::sendDue);
        one.join();
        two.join();

        addresses.forEach(to -> assertThat(mailServer.receivedBy(to)).as(to).hasSize(1));
    }

    @Test
    void aMailClaimedByASenderThatDiedIsSentOnceItsLeaseHasRunOut() {
        String to = address();
        long id = enqueue(to);
        jdbc.sql("update mail_outbox set claimed_until = now() + interval '5 minutes' where id = :id")
                .param("id", id).update();

        sender.sendDue();
        assertThat(mailServer.receivedBy(to)).as("claimed by another sender, maybe sending it now").isEmpty();

        jdbc.sql("update mail_outbox set claimed_until = now() - interval '1 second' where id = :id")
                .param("id", id).update();
        sender.sendDue();
        sender.sendDue();
        assertThat(mailServer.receivedBy(to)).hasSize(1);
    }

    @Test
    void triesAgainLaterWhenTheServerRefusesTheLogin() {
        String to = address();
        long id = enqueue(to);
        mailServer.refuseLogin();

        sender.sendDue();

        assertThat(mailServer.receivedBy(to)).isEmpty();
        Attempts attempts = attempts(id);
        assertThat(attempts.attempts()).isEqualTo(1);
        assertThat(attempts.lastError()).isNotBlank();
        assertThat(attempts.waitSeconds()).isBetween(50L, 70L);

        mailServer.reset();
        sender.sendDue();
        assertThat(mailServer.receivedBy(to)).as("not due yet").isEmpty();

        clock.moveTo(LocalDate.now().plusDays(1));
        sender.sendDue();
        assertThat(mailServer.receivedBy(to)).hasSize(1);
        assertThat(attempts(id).lastError()).isNull();
    }

    @Test
    void losesNoMailWhileTheServerIsDown() {
        String to = address();
        long id = enqueue(to);
        mailServer.stop();

        sender.sendDue();
        assertThat(attempts(id).attempts()).isEqualTo(1);

        mailServer.reset();
        clock.moveTo(LocalDate.now().plusDays(1));
        sender.sendDue();
        assertThat(mailServer.receivedBy(to)).hasSize(1);
    }

    @Test
    void givesUpAfterTheLastAttemptAndShowsTheAdministratorWhoCanTryAgain() {
        String to = address();
        long id = enqueue(to);
        jdbc.sql("update mail_outbox set attempts = :attempts where id = :id")
                .param("attempts", settings.maxAttempts() - 1).param("id", id).update();
        mailServer.refuseLogin();

        sender.sendDue();

        assertThat(jdbc.sql("select given_up_at is not null from mail_outbox where id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
        assertThatThrownBy(() -> outbox.failed(0, 10)).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        SignIn.as(users, "anna");
        assertThatThrownBy(() -> outbox.failed(0, 10)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "beheer");
        assertThat(outbox.failed(0, 1000)).extracting(Outbox.FailedMail::recipient).contains(to);
        assertThat(outbox.countFailed()).isPositive();

        mailServer.reset();
        outbox.tryAgain(id);
        sender.sendDue();
        assertThat(mailServer.receivedBy(to)).hasSize(1);
        assertThat(outbox.failed(0, 1000)).extracting(Outbox.FailedMail::recipient).doesNotContain(to);
    }

    @Test
    void waitsLongerAfterEveryFailureUpToTheCap() {
        assertThat(settings.retryAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.retryAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.retryAfter(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(settings.retryAfter(11)).isEqualTo(Duration.ofHours(6));
        assertThat(settings.retryAfter(200)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void withMailOffOnlyLogsAMailAndMarksItSo() {
        String to = address();
        long id = enqueue(to);
        OutboxSender withoutServer = new OutboxSender(jdbc, provider(null), settings, clock, "http://localhost:8080");

        withoutServer.sendDue();

        assertThat(mailServer.receivedBy(to)).isEmpty();
        assertThat(jdbc.sql("select logged_only and sent_at is not null from mail_outbox where id = :id")
                .param("id", id).query(Boolean.class).single()).isTrue();
        sender.sendDue();
        assertThat(mailServer.receivedBy(to)).as("not sent later either").isEmpty();
    }

    @Test
    void composesInTheRecipientsLanguageWithTheLinkAndTheFooter() {
        Mail dutch = composer.compose("a@example.org", Locale.forLanguageTag("nl"), "invitation", "activeren?code=X");
        Mail english = composer.compose("a@example.org", Locale.ENGLISH, "invitation", "activeren?code=X");

        assertThat(dutch.text()).contains("/activeren?code=X", "automatisch verstuurd");
        assertThat(dutch.html()).contains("lang=\"nl\"", "href=\"http://localhost:8080/activeren?code=X\"");
        assertThat(english.subject()).isNotEqualTo(dutch.subject());
        assertThat(english.text()).contains("sent automatically");
    }

    private long enqueue(String to) {
        transactions.executeWithoutResult(status -> outbox.enqueue(mail(to)));
        return jdbc.sql("select max(id) from mail_outbox where recipient = :to").param("to", to)
                .query(Long.class).single();
    }

    private Attempts attempts(long id) {
        return jdbc.sql("""
                        select attempts, last_error, extract(epoch from next_attempt_at - now())::bigint wait_seconds
                        from mail_outbox where id = :id""")
                .param("id", id)
                .query(Attempts.class)
                .single();
    }

    private record Attempts(int attempts, String lastError, long waitSeconds) {
    }

    private static Mail mail(String to) {
        return new Mail(to, "Test", "Er staat iets voor u klaar.", "<p>Er staat iets voor u klaar.</p>");
    }

    private static String address() {
        return "outbox-" + UUID.randomUUID() + "@example.org";
    }

    private static org.springframework.beans.factory.ObjectProvider<JavaMailSender> provider(JavaMailSender server) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (server != null) {
            beans.addBean("mailSender", server);
        }
        return beans.getBeanProvider(JavaMailSender.class);
    }
}
