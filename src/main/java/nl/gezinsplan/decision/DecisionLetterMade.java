package nl.gezinsplan.decision;

/** Published when a decision letter is made, and so among the family's letters in the portal. */
public record DecisionLetterMade(long letterId, long familyId, long personId) {
}
