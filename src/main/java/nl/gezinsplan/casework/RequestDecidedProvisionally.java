package nl.gezinsplan.casework;

/**
 * Published when a crisis request is decided provisionally (voorlopige voorziening); once that has committed, its
 * letter is made.
 */
public record RequestDecidedProvisionally(long requestId, long familyId) {
}
