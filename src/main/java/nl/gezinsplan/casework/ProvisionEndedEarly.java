package nl.gezinsplan.casework;

import java.time.LocalDate;

/** Published when a consultant ends a provision before its time, so its route of meetings ends too. */
public record ProvisionEndedEarly(long provisionId, LocalDate endDate) {
}
