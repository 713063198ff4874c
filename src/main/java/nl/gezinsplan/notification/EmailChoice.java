package nl.gezinsplan.notification;

/** Whether a user also gets a kind of notification by e-mail, and when. */
public enum EmailChoice {
    /** Only in the application: no e-mail. */
    NONE,
    /** An e-mail at once, for each notification. */
    IMMEDIATE,
    /** Once a day, one e-mail that lists the kinds of the notifications not yet read. */
    DIGEST
}
