package nl.gezinsplan.casework;

/** Where a request stands: on its route, or closed with one of its outcomes. */
public enum RequestStatus {
    OPEN,
    /** Closed at triage with advice, the network or a general provision: no custom care needed. */
    SOLVED_WITHOUT_CUSTOM_CARE,
    REFUSED,
    WITHDRAWN,
    GRANTED
}
