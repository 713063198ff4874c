package nl.gezinsplan.plan;

/**
 * Published when a family agrees to a version of its plan, so requests waiting for that consent can go on.
 *
 * @param recordedBy who recorded it: the family member in the portal, or the consultant who recorded consent given on
 *                   paper or in a conversation
 */
public record PlanAgreed(long familyId, int planNumber, String recordedBy) {
}
