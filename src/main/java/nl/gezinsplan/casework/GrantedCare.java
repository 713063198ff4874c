package nl.gezinsplan.casework;

import java.time.LocalDate;
import nl.gezinsplan.base.Law;

/** A provision as it is granted: what its route of meetings and the perspective talk need to be planned. */
public record GrantedCare(long provisionId, long familyId, long personId, LocalDate birthDate, Law law,
                          boolean residential, LocalDate careStart, LocalDate careEnd) {
}
