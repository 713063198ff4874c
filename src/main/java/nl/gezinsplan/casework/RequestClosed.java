package nl.gezinsplan.casework;

/** Published in the transaction that closes a request, with its outcome, e.g. so the decision letter is made. */
public record RequestClosed(long requestId, long familyId, RequestStatus outcome) {
}
