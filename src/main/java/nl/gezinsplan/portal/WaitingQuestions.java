package nl.gezinsplan.portal;

import java.time.Instant;

/** A family of the consultant's caseload with questions waiting for an answer, and since when the oldest waits. */
public record WaitingQuestions(long familyId, String familyName, long questions, Instant since) {
}
