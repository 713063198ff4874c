/**
 * Notifications for staff: what needs someone's attention (a task given to them, a term running out, a family's
 * answer, ...), in the bell's list with read and unread, and by e-mail as each user chooses.
 */
@OwnedTables({"notification", "notification_preference"})
package nl.gezinsplan.notification;

import nl.gezinsplan.base.OwnedTables;
