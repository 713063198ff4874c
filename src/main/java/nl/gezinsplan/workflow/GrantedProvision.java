package nl.gezinsplan.workflow;

import java.time.LocalDate;
import nl.gezinsplan.base.Law;

/** What the provision route needs of a granted provision: ids, its team and law, and the period of care. */
public record GrantedProvision(long provisionId, long familyId, long personId, String team, Law law,
                               boolean residential, LocalDate careStart, LocalDate careEnd) {
}
