package nl.gezinsplan.meeting;

import java.time.LocalDate;
import nl.gezinsplan.base.InvalidInput;

/**
 * What a youth and the consultant agreed on for life after 18. Extended youth care needs conditions and an end date,
 * which may not lie beyond the 21st birthday.
 */
public record PerspectiveOutcome(String housing, String income, String schoolOrWork, String wmoSupport,
                                 String network, boolean extendedYouthCare, String extendedCareConditions,
                                 LocalDate extendedCareEnd) {

    /** Refuses extended youth care without an end date, or beyond the 21st birthday of a youth born on {@code born}. */
    void requireExtendedCareWithin(LocalDate born) {
        if (!extendedYouthCare) {
            return;
        }
        if (extendedCareEnd == null) {
            throw new InvalidInput("meeting.extended-care.end.required");
        }
        LocalDate twentyFirst = born.plusYears(21);
        if (extendedCareEnd.isAfter(twentyFirst)) {
            throw new InvalidInput("meeting.extended-care.beyond-21", twentyFirst);
        }
    }
}
