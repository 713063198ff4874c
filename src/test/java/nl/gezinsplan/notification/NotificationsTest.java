package nl.gezinsplan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.TestMailServer;
import nl.gezinsplan.mail.OutboxSender;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.workspace.TestStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** The notification centre's service: each user's own notifications, read and unread, and their e-mail choices. */
@IntegrationTest
class NotificationsTest {

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationMails mails;

    @Autowired
    OutboxSender sender;

    @Autowired
    TestMailServer mailServer;

    @Autowired
    TestStaff staff;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void keepsANoticeOnceAndShowsItOnlyToItsUserNewestFirst() {
        String anna = newConsultant();
        String bert = newConsultant();
        notifications.notify(notice(anna, NotificationKind.TASK_ASSIGNED, "1"));
        notifications.notify(notice(anna, NotificationKind.TASK_ASSIGNED, "1"));
        notifications.notify(notice(anna, NotificationKind.TASK_OVERDUE, "1"));

        as(anna);
        assertThat(notifications.mine(0, 10)).extracting(Notification::kind)
                .containsExactly(NotificationKind.TASK_OVERDUE, NotificationKind.TASK_ASSIGNED);
        assertThat(notifications.countMine()).isEqualTo(2);
        assertThat(notifications.unread()).isEqualTo(2);
        assertThat(notifications.mine(1, 10)).hasSize(1);

        as(bert);
        assertThat(notifications.mine(0, 10)).isEmpty();
        assertThat(notifications.unread()).isZero();
    }

    @Test
    void marksOneOrAllReadAndRefusesSomeoneElsesNotification() {
        String anna = newConsultant();
        String bert = newConsultant();
        notifications.notify(notice(anna, NotificationKind.TASK_ASSIGNED, "1"));
        notifications.notify(notice(anna, NotificationKind.TASK_ASSIGNED, "2"));
        notifications.notify(notice(anna, NotificationKind.ESCALATION, "3"));
        as(anna);
        List<Notification> mine = notifications.mine(0, 10);

        as(bert);
        assertThatThrownBy(() -> notifications.markRead(mine.get(0).id())).isInstanceOf(AccessDeniedException.class);

        as(anna);
        assertThat(notifications.unread()).isEqualTo(3);
        notifications.markRead(mine.get(0).id());
        assertThat(notifications.unread()).isEqualTo(2);
        assertThat(notifications.mine(0, 10).get(0).unread()).isFalse();

        notifications.markAllRead();
        assertThat(notifications.unread()).isZero();
        assertThat(notifications.mine(0, 10)).noneMatch(Notification::unread);
    }

    @Test
    void refusesAFamilyMember() {
        as("sanne");
        assertThatThrownBy(() -> notifications.mine(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.unread()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.emailChoices()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.chooseEmail(NotificationKind.ESCALATION, EmailChoice.IMMEDIATE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void keepsEachUsersOwnEmailChoices() {
        String anna = newConsultant();
        String bert = newConsultant();
        as(anna);
        assertThat(notifications.emailChoices()).containsValue(EmailChoice.NONE).doesNotContainValue(EmailChoice.DIGEST);
        notifications.chooseEmail(NotificationKind.TASK_OVERDUE, EmailChoice.DIGEST);
        notifications.chooseEmail(NotificationKind.ESCALATION, EmailChoice.IMMEDIATE);
        notifications.chooseEmail(NotificationKind.ESCALATION, EmailChoice.NONE);
        notifications.chooseEmail(NotificationKind.TASK_ASSIGNED, EmailChoice.IMMEDIATE);

        assertThat(notifications.emailChoices())
                .containsEntry(NotificationKind.TASK_OVERDUE, EmailChoice.DIGEST)
                .containsEntry(NotificationKind.ESCALATION, EmailChoice.NONE)
                .containsEntry(NotificationKind.TASK_ASSIGNED, EmailChoice.IMMEDIATE);
        as(bert);
        assertThat(notifications.emailChoices()).allSatisfy((kind, choice) -> assertThat(choice).isEqualTo(EmailChoice.NONE));
    }

    @Test
    void mailsAtOnceOnlyThatThereIsANotificationOfWhichKindWithTheLinkToTheCentre() {
        String anna = newConsultant();
        as(anna);
        notifications.chooseEmail(NotificationKind.TASK_ASSIGNED, EmailChoice.IMMEDIATE);
        SecurityContextHolder.clearContext();

        notifications.notify(new Notice(anna, NotificationKind.TASK_ASSIGNED, "Triage · Familie Geheimzinnig",
                "taak/42", 7L, "42"));
        notifications.notify(new Notice(anna, NotificationKind.TASK_ASSIGNED, "Triage · Familie Geheimzinnig",
                "taak/42", 7L, "42"));
        notifications.notify(notice(anna, NotificationKind.TASK_OVERDUE, "42"));

        List<Outgoing> mails = outbox(anna);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).subject()).isEqualTo("Nieuwe melding in Gezinsplan");
        assertThat(mails.get(0).text()).contains("Taak voor u").contains("/meldingen")
                .doesNotContain("Geheimzinnig").doesNotContain("Triage").doesNotContain("taak/42");
        assertThat(mails.get(0).html()).contains("Taak voor u").doesNotContain("Geheimzinnig");
        assertThat(jdbc.sql("select count(*) from notification where username = :u and mailed_at is not null")
                .param("u", anna).query(Long.class).single()).isEqualTo(1);

        sender.sendDue();
        var arrived = mailServer.receivedBy(anna + "@gezinsplan.example");
        assertThat(arrived).hasSize(1);
        assertThat(TestMailServer.part(arrived.get(0), "text/plain")).contains("Taak voor u")
                .contains("http://localhost:8080/meldingen").doesNotContain("Geheimzinnig");
        assertThat(TestMailServer.part(arrived.get(0), "text/html"))
                .contains("href=\"http://localhost:8080/meldingen\"").doesNotContain("Geheimzinnig");
    }

    @Test
    void mailsOneDigestOfTheUnreadNotificationsOfTheChosenKindsAndNeverTwice() {
        String anna = newConsultant();
        as(anna);
        notifications.chooseEmail(NotificationKind.TASK_OVERDUE, EmailChoice.DIGEST);
        notifications.chooseEmail(NotificationKind.ESCALATION, EmailChoice.DIGEST);
        notifications.notify(new Notice(anna, NotificationKind.TASK_OVERDUE, "Familie Geheimzinnig", "taak/1", 7L, "1"));
        notifications.notify(notice(anna, NotificationKind.TASK_OVERDUE, "2"));
        notifications.notify(notice(anna, NotificationKind.ESCALATION, "3"));
        notifications.notify(notice(anna, NotificationKind.ESCALATION, "4"));
        notifications.notify(notice(anna, NotificationKind.TASK_ASSIGNED, "5"));
        long read = notifications.mine(0, 10).stream().filter(n -> n.kind() == NotificationKind.ESCALATION)
                .findFirst().orElseThrow().id();
        notifications.markRead(read);
        assertThat(outbox(anna)).isEmpty();

        mails.sendDigests();
        mails.sendDigests();

        List<Outgoing> digests = outbox(anna);
        assertThat(digests).hasSize(1);
        assertThat(digests.get(0).subject()).isEqualTo("Uw meldingen in Gezinsplan");
        assertThat(digests.get(0).text()).contains("U heeft 3 nieuwe meldingen")
                .contains("- Taak te laat: 2").contains("- Escalatie: 1").doesNotContain("Taak voor u")
                .doesNotContain("Geheimzinnig").contains("/meldingen");

        notifications.notify(notice(anna, NotificationKind.ESCALATION, "6"));
        mails.sendDigests();
        assertThat(outbox(anna)).hasSize(2);
        assertThat(outbox(anna).get(1).text()).contains("U heeft 1 nieuwe melding in");
    }

    @Test
    void aDigestRunningOnAnotherNodeMakesThisOneWait() {
        String anna = newConsultant();
        as(anna);
        notifications.chooseEmail(NotificationKind.TASK_OVERDUE, EmailChoice.DIGEST);
        notifications.notify(notice(anna, NotificationKind.TASK_OVERDUE, "1"));

        // another node holds the digest's lock in its transaction; this one skips its turn
        transaction.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('notification-digest'))").query(Object.class).single();
            Thread other = new Thread(mails::sendDigests);
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(outbox(anna)).isEmpty();

        mails.sendDigests();
        assertThat(outbox(anna)).hasSize(1);
    }

    private record Outgoing(String subject, String text, String html) {
    }

    private List<Outgoing> outbox(String username) {
        return jdbc.sql("select subject, text_body, html_body from mail_outbox where recipient = :to order by id")
                .param("to", username + "@gezinsplan.example")
                .query((rs, row) -> new Outgoing(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    private Notice notice(String username, NotificationKind kind, String item) {
        return new Notice(username, kind, "Taak " + item, "taak/" + item, null, item);
    }

    private String newConsultant() {
        return staff.user("melding" + System.nanoTime() % 10_000_000, "Mel", "Ding", Role.CONSULTANT, "jeugd");
    }

    private void as(String username) {
        SignIn.as(users, username);
    }
}
