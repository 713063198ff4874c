package nl.gezinsplan.casework;

/** Where a request stands: on its route, or closed with one of its outcomes. */
public enum RequestStatus {
    OPEN,
    /** Closed at triage with advice, the network or a general provision: no custom care needed. */
    SOLVED_WITHOUT_CUSTOM_CARE,
    REFUSED,
    /** Withdrawn by the family (in the portal, or recorded by the consultant), or by the proposer after a rejection. */
    WITHDRAWN,
    /** Closed by the consultant without a decision, with a reason (buiten behandeling gesteld). */
    CLOSED_WITHOUT_DECISION,
    GRANTED
}
