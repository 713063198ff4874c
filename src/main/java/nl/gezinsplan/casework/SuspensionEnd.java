package nl.gezinsplan.casework;

/**
 * How a suspension of a request's term (opschorting) ended; {@link #REOPENED} marks the period a request was closed
 * (withdrawn or closed without decision) before a manager reopened it, whose days do not count for its term either.
 */
public enum SuspensionEnd {
    /** The consultant resumed the term. */
    CONSULTANT,
    /** The family answered in the portal: sent a document or a question. */
    FAMILY,
    /** The until-date passed without an answer: the term runs again from the day after it. */
    UNTIL_PASSED,
    /** The request was decided, withdrawn or closed while its term was suspended: the suspension ends with it. */
    CLOSED,
    /** Not a suspension asked of the family: the request was closed from its start and reopened at its end. */
    REOPENED
}
