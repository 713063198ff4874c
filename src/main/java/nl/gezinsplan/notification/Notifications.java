package nl.gezinsplan.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.gezinsplan.base.LiveUpdates;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps what each user is told, and lets their open screens know. Staff read and mark only their own notifications
 * and choose only their own e-mail choices; family members have none.
 */
@Service
@Transactional
public class Notifications {

    /** The columns' lengths (V38). */
    static final int ABOUT_LENGTH = 300;

    private final JdbcClient jdbc;
    private final LiveUpdates live;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final NotificationMails mails;

    Notifications(JdbcClient jdbc, LiveUpdates live, Clock clock, CurrentUser currentUser, NotificationMails mails) {
        this.jdbc = jdbc;
        this.live = live;
        this.clock = clock;
        this.currentUser = currentUser;
        this.mails = mails;
    }

    /**
     * Tells the notice's user, once: the same kind about the same item again is ignored, so callers may repeat. When
     * the user chose to get this kind by e-mail at once, the mail goes into the outbox in the same transaction.
     */
    public void notify(Notice notice) {
        String about = notice.about() == null ? "" : notice.about();
        Long id = jdbc.sql("""
                        insert into notification (username, kind, about, link, family_id, item_key, created_at)
                        values (lower(:username), :kind, :about, :link, :familyId, :itemKey, :now)
                        on conflict (username, kind, item_key) do nothing
                        returning id""")
                .param("username", notice.username())
                .param("kind", notice.kind().name())
                .param("about", about.length() > ABOUT_LENGTH ? about.substring(0, ABOUT_LENGTH - 1) + "…" : about)
                .param("link", notice.link())
                .param("familyId", notice.familyId())
                .param("itemKey", notice.itemKey())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .optional()
                .orElse(null);
        if (id != null) {
            if (choiceOf(notice.username(), notice.kind()) == EmailChoice.IMMEDIATE) {
                mails.mailAtOnce(id, notice.username(), notice.kind());
            }
            live.changed(LiveUpdates.user(notice.username()));
        }
    }

    /** The signed-in user's notifications, newest first. */
    @Transactional(readOnly = true)
    public List<Notification> mine(int offset, int limit) {
        return jdbc.sql("""
                        select id, kind, about, link, family_id, created_at, read_at from notification
                        where username = lower(:me) order by created_at desc, id desc offset :offset limit :limit""")
                .param("me", requireStaff().username())
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, row) -> new Notification(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
                        rs.getString("about"), rs.getString("link"), rs.getObject("family_id", Long.class),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()))
                .list();
    }

    @Transactional(readOnly = true)
    public long countMine() {
        return jdbc.sql("select count(*) from notification where username = lower(:me)")
                .param("me", requireStaff().username()).query(Long.class).single();
    }

    /** How many of the signed-in user's notifications are unread: the bell's number. */
    @Transactional(readOnly = true)
    public long unread() {
        return jdbc.sql("select count(*) from notification where username = lower(:me) and read_at is null")
                .param("me", requireStaff().username()).query(Long.class).single();
    }

    /** Marks one of the signed-in user's notifications read; someone else's is refused. */
    public void markRead(long id) {
        String me = requireStaff().username();
        String owner = jdbc.sql("select username from notification where id = :id").param("id", id)
                .query(String.class).optional().orElse(null);
        if (owner == null || !owner.equalsIgnoreCase(me)) {
            throw new AccessDeniedException("Notification " + id + " is not for " + me);
        }
        int marked = jdbc.sql("update notification set read_at = :now where id = :id and read_at is null")
                .param("now", Timestamp.from(clock.instant())).param("id", id).update();
        if (marked > 0) {
            live.changed(LiveUpdates.user(me));
        }
    }

    /** Marks all the signed-in user's notifications read. */
    public void markAllRead() {
        String me = requireStaff().username();
        int marked = jdbc.sql("update notification set read_at = :now where username = lower(:me) and read_at is null")
                .param("now", Timestamp.from(clock.instant())).param("me", me).update();
        if (marked > 0) {
            live.changed(LiveUpdates.user(me));
        }
    }

    /** The signed-in user's e-mail choice for every kind. */
    @Transactional(readOnly = true)
    public Map<NotificationKind, EmailChoice> emailChoices() {
        String me = requireStaff().username();
        Map<NotificationKind, EmailChoice> choices = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            choices.put(kind, EmailChoice.NONE);
        }
        jdbc.sql("select kind, email from notification_preference where username = lower(:me)")
                .param("me", me)
                .query(rs -> {
                    choices.put(NotificationKind.valueOf(rs.getString("kind")), EmailChoice.valueOf(rs.getString("email")));
                });
        return choices;
    }

    /** Sets the signed-in user's e-mail choice for a kind. */
    public void chooseEmail(NotificationKind kind, EmailChoice choice) {
        String me = requireStaff().username();
        if (choice == EmailChoice.NONE) {
            jdbc.sql("delete from notification_preference where username = lower(:me) and kind = :kind")
                    .param("me", me).param("kind", kind.name()).update();
            return;
        }
        jdbc.sql("""
                        insert into notification_preference (username, kind, email) values (lower(:me), :kind, :email)
                        on conflict (username, kind) do update set email = excluded.email""")
                .param("me", me).param("kind", kind.name()).param("email", choice.name()).update();
    }

    private EmailChoice choiceOf(String username, NotificationKind kind) {
        return jdbc.sql("select email from notification_preference where username = lower(:username) and kind = :kind")
                .param("username", username).param("kind", kind.name())
                .query(String.class).optional().map(EmailChoice::valueOf).orElse(EmailChoice.NONE);
    }

    private DirectoryUser requireStaff() {
        DirectoryUser user = currentUser.require();
        if (user.role() == Role.FAMILY) {
            throw new AccessDeniedException(user.username() + " is no staff member");
        }
        return user;
    }
}
