package nl.gezinsplan.notification;

/**
 * One thing to tell one user.
 *
 * @param about    a short name of what it is about (a family's name, a task's name), shown after the kind's text in the
 *                 application and never put in an e-mail
 * @param link     where it opens, relative to the application (for example {@code taak/123} or {@code gezin/45})
 * @param familyId the family it concerns, if any
 * @param itemKey  what it is about, so that the same thing is told to the same user only once (a task's id, a message's
 *                 id, a task's id and its due date)
 */
public record Notice(String username, NotificationKind kind, String about, String link, Long familyId,
                     String itemKey) {
}
