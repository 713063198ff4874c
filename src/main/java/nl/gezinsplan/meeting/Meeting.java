package nl.gezinsplan.meeting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A meeting as it was held: about a provision (start, check, evaluation) or about a youth's life after 18 (the
 * perspective talk), with its outcome in the consultant's words and, per kind, what the route asks for.
 *
 * @param outcome the coded outcome where the kind has one (the check meeting's verdict, the evaluation's end or
 *                extension), else empty
 */
public record Meeting(long id, long familyId, long personId, Long provisionId, MeetingKind kind, LocalDate heldOn,
                     String attendees, String notes, String outcome, String exitGoal, String exitCriteria,
                     PerspectiveOutcome perspective, String recordedBy, Instant recordedAt) {
}
