package nl.gezinsplan.workflow;

import java.time.LocalDate;

/** The last day a step may be done by law, and the day to remind whoever has to do it. */
public record StatutoryDeadline(LocalDate due, LocalDate remindOn) {
}
