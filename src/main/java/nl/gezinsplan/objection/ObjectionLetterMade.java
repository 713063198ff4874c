package nl.gezinsplan.objection;

/** Published when the letter with the decision on an objection is made, and so in the portal's letters. */
public record ObjectionLetterMade(long objectionId, long familyId, long personId) {
}
