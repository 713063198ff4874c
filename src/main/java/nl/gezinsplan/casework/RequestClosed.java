package nl.gezinsplan.casework;

/** Published when a request is closed, with its outcome; once that has committed, e.g. its decision letter is made. */
public record RequestClosed(long requestId, long familyId, RequestStatus outcome) {
}
