package nl.gezinsplan.benefit;

import java.time.LocalDate;

/**
 * Published when a re-examination changes or ends a right (one that continues decides nothing new), with what its
 * letter says.
 *
 * @param requestId the request that granted the right; null for a right recorded outside the route
 * @param right     the product of the right, as the letter names it
 * @param endsOn    the right's last day when it ends; null when it changes
 */
public record RightReexamined(long reexaminationId, long familyId, long personId, Long requestId, String right,
                              ReexaminationOutcome outcome, String findings, LocalDate endsOn, LocalDate decidedOn) {
}
