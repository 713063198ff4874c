package nl.gezinsplan.casework;

/** Published when the letter of a request's extended term (verdaging) is made, and so in the portal's letters. */
public record ExtensionLetterMade(long requestId, long familyId, long personId) {
}
