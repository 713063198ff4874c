package nl.gezinsplan.notification;

/** What a notification is about; each user chooses per kind whether it also goes by e-mail. */
public enum NotificationKind {
    /** A task was given to me: I claimed nothing, someone handed it over or a route assigned it. */
    TASK_ASSIGNED,
    /** A task I have is due within two days. */
    TASK_DUE_SOON,
    /** A task I have is past its due date. */
    TASK_OVERDUE,
    /** An escalation to the managers of my team. */
    ESCALATION,
    /** A family I am the contact person of asked a question or answered. */
    FAMILY_MESSAGE,
    /** A family I am the contact person of reported that care was not delivered. */
    CARE_NOT_DELIVERED,
    /** To a manager: a report that care was not delivered was not followed up in time. */
    CARE_NOT_FOLLOWED_UP,
    /** A family agreed to its plan. */
    PLAN_AGREED,
    /** A family uploaded a document. */
    DOCUMENT_UPLOADED
}
