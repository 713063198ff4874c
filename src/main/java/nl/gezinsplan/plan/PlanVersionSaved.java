package nl.gezinsplan.plan;

/** Published when staff save a new version of a family's plan, so the family can be told there is one. */
public record PlanVersionSaved(long familyId, int planNumber) {
}
