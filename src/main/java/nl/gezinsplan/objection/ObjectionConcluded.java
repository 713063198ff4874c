package nl.gezinsplan.objection;

/** An objection ended: withdrawn, or decided (then its letter is written). */
public record ObjectionConcluded(long objectionId, long familyId, ObjectionStatus status) {
}
