package nl.gezinsplan.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.gezinsplan.base.ClusterLock;
import nl.gezinsplan.mail.MailComposer;
import nl.gezinsplan.mail.Outbox;
import nl.gezinsplan.security.AccountLanguages;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.security.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications by e-mail, as each user chose per kind: at once, or in one digest a day. A mail says only that there
 * is something and of which kind, with the link to the notification centre: never a family's name or what a case is
 * about (the notification's {@code about} stays in the application).
 */
@Component
class NotificationMails {

    private static final Logger log = LoggerFactory.getLogger(NotificationMails.class);
    /** Where the mails link to: the notification centre ({@code notification.ui.NotificationCentre}). */
    static final String CENTRE = "meldingen";
    static final String MAIL_KIND = "notification";
    static final String DIGEST_KIND = "notification-digest";

    private final JdbcClient jdbc;
    private final ClusterLock clusterLock;
    private final Outbox outbox;
    private final MailComposer composer;
    private final UserDirectory directory;
    private final AccountLanguages languages;
    private final MessageSource texts;
    private final TransactionTemplate transaction;
    private final Clock clock;

    NotificationMails(JdbcClient jdbc, ClusterLock clusterLock, Outbox outbox, MailComposer composer, UserDirectory directory,
                      AccountLanguages languages, MessageSource texts, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.clusterLock = clusterLock;
        this.outbox = outbox;
        this.composer = composer;
        this.directory = directory;
        this.languages = languages;
        this.texts = texts;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The mail of one new notification, in the caller's transaction; nothing for a user without an address. */
    void mailAtOnce(long notificationId, String username, NotificationKind kind) {
        recipient(username).ifPresent(user -> {
            Locale language = languages.languageOf(user.username());
            outbox.enqueue(composer.compose(user.email(), language, MAIL_KIND, CENTRE, kindName(kind, language)));
            markMailed(List.of(notificationId));
        });
    }

    /**
     * Mails every user one digest of their unread notifications not mailed yet, of the kinds they want in the digest.
     * Once in a cluster: the nodes take turns by an advisory lock, and each notification is marked mailed in the
     * transaction that puts its digest into the outbox, so a second run (on this node or another) finds nothing.
     */
    @Scheduled(cron = "${gezinsplan.notifications.digest-at:0 0 7 * * *}", zone = "Europe/Amsterdam")
    void sendDigests() {
        int sent = transaction.execute(status -> {
            if (!clusterLock.tryHold("notification-digest")) {
                return 0;
            }
            Map<String, List<Waiting>> byUser = jdbc.sql("""
                            select n.id, n.username, n.kind from notification n
                            join notification_preference p on p.username = n.username and p.kind = n.kind
                            where p.email = 'DIGEST' and n.mailed_at is null and n.read_at is null
                            order by n.username, n.id
                            for update of n skip locked""")
                    .query((rs, row) -> new Waiting(rs.getLong("id"), rs.getString("username"),
                            NotificationKind.valueOf(rs.getString("kind"))))
                    .list().stream()
                    .collect(Collectors.groupingBy(Waiting::username, LinkedHashMap::new, Collectors.toList()));
            int mails = 0;
            for (var entry : byUser.entrySet()) {
                Optional<DirectoryUser> user = recipient(entry.getKey());
                if (user.isEmpty()) {
                    continue;
                }
                Locale language = languages.languageOf(user.get().username());
                Map<NotificationKind, Long> counts = entry.getValue().stream()
                        .collect(Collectors.groupingBy(Waiting::kind, TreeMap::new, Collectors.counting()));
                String list = counts.entrySet().stream()
                        .map(count -> "- " + kindName(count.getKey(), language) + ": " + count.getValue())
                        .collect(Collectors.joining("\n"));
                outbox.enqueue(composer.compose(user.get().email(), language, DIGEST_KIND, CENTRE,
                        entry.getValue().size(), list));
                markMailed(entry.getValue().stream().map(Waiting::id).toList());
                mails++;
            }
            return mails;
        });
        if (sent > 0) {
            log.info("Notification digest: {} mails into the outbox", sent);
        }
    }

    private record Waiting(long id, String username, NotificationKind kind) {
    }

    /** An active staff member with an e-mail address. */
    private Optional<DirectoryUser> recipient(String username) {
        return directory.findUser(username)
                .filter(user -> user.active() && user.role() != Role.FAMILY)
                .filter(user -> user.email() != null && !user.email().isBlank());
    }

    private String kindName(NotificationKind kind, Locale language) {
        return texts.getMessage("notification.kind." + kind.name(), null, language);
    }

    private void markMailed(List<Long> ids) {
        jdbc.sql("update notification set mailed_at = :now where id in (:ids)")
                .param("now", Timestamp.from(clock.instant())).param("ids", new ArrayList<>(ids)).update();
    }
}
