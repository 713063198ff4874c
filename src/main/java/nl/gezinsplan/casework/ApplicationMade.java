package nl.gezinsplan.casework;

import java.time.LocalDate;

/** Published when a person applies (aanvraag) after their notification; the route waiting for it moves on. */
public record ApplicationMade(long requestId, long familyId, LocalDate appliedOn) {
}
