package nl.gezinsplan.notification;

import java.sql.Timestamp;
import java.time.Clock;
import nl.gezinsplan.base.LiveUpdates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps what each user is told, and lets their open screens know. */
@Service
@Transactional
public class Notifications {

    private final JdbcClient jdbc;
    private final LiveUpdates live;
    private final Clock clock;

    Notifications(JdbcClient jdbc, LiveUpdates live, Clock clock) {
        this.jdbc = jdbc;
        this.live = live;
        this.clock = clock;
    }

    /** Tells the notice's user, once: the same kind about the same item again is ignored, so callers may repeat. */
    public void notify(Notice notice) {
        int added = jdbc.sql("""
                        insert into notification (username, kind, about, link, family_id, item_key, created_at)
                        values (lower(:username), :kind, :about, :link, :familyId, :itemKey, :now)
                        on conflict (username, kind, item_key) do nothing""")
                .param("username", notice.username())
                .param("kind", notice.kind().name())
                .param("about", notice.about())
                .param("link", notice.link())
                .param("familyId", notice.familyId())
                .param("itemKey", notice.itemKey())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (added > 0) {
            live.changed(LiveUpdates.user(notice.username()));
        }
    }
}
