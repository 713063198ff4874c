package nl.gezinsplan.workflow;

import java.time.LocalDate;
import nl.gezinsplan.meeting.MeetingKind;

/**
 * A meeting a route has planned for a date: the start, check or evaluation meeting of a provision, or a youth's
 * perspective talk.
 *
 * @param provisionId the provision the meeting is about; empty for the perspective talk
 */
public record PlannedMeeting(MeetingKind kind, Long provisionId, long personId, LocalDate date) {
}
