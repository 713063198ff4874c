package nl.gezinsplan.notification;

import java.time.Instant;

/** A notification as its user sees it in the notification centre; {@code readAt} is null while it is unread. */
public record Notification(long id, NotificationKind kind, String about, String link, Long familyId,
                           Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
