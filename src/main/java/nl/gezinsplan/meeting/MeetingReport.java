package nl.gezinsplan.meeting;

import java.time.LocalDate;

/** What every meeting's report says: when it was held, who attended and what was discussed. */
public record MeetingReport(LocalDate heldOn, String attendees, String notes) {
}
