package nl.gezinsplan.meeting;

import java.time.LocalDate;

/**
 * What a youth and the consultant agreed on for life after 18. Extended youth care needs conditions and an end date,
 * which may not lie beyond the 21st birthday.
 */
public record PerspectiveOutcome(String housing, String income, String schoolOrWork, String wmoSupport,
                                 String network, boolean extendedYouthCare, String extendedCareConditions,
                                 LocalDate extendedCareEnd) {
}
