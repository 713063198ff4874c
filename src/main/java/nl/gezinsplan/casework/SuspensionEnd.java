package nl.gezinsplan.casework;

/** How a suspension of a request's term (opschorting) ended. */
public enum SuspensionEnd {
    /** The consultant resumed the term. */
    CONSULTANT,
    /** The family answered in the portal: sent a document or a question. */
    FAMILY,
    /** The until-date passed without an answer: the term runs again from the day after it. */
    UNTIL_PASSED
}
