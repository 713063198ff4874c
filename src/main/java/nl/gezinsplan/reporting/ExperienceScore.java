package nl.gezinsplan.reporting;

import java.math.BigDecimal;

/**
 * The families' scores (1-10) of the care of a provider's product given in a period (of all care when both are null):
 * how many answers, and the average score for the effect of the help, the route to it and the provider, with one
 * decimal. The averages are shown only from {@link #MINIMUM_ANSWERS} answers up, so that no family's score can be told
 * from them; below that they are null.
 */
public record ExperienceScore(String provider, String productCode, long answers, BigDecimal effect, BigDecimal route,
        BigDecimal providerScore) {

    public static final int MINIMUM_ANSWERS = 5;
}
