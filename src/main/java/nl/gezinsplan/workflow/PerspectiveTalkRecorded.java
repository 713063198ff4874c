package nl.gezinsplan.workflow;

/** Published when a perspective talk is recorded; the outcome is case data, so it is not kept in the engine. */
public record PerspectiveTalkRecorded(long familyId, long personId, PerspectiveOutcome outcome) {
}
