package nl.gezinsplan.casefile;

/**
 * A family member answered the municipality in the portal: sent a document or a question. A request whose term is
 * suspended while the municipality waits for the family runs again ({@code workflow.TermClock}).
 */
public record FamilyAnswered(long familyId, long personId) {
}
