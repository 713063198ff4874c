package nl.gezinsplan.plan;

/** Published when a family agrees to a version of its plan, so requests waiting for that consent can go on. */
public record PlanAgreed(long familyId, int planNumber) {
}
