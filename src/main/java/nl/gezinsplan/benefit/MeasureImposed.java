package nl.gezinsplan.benefit;

import java.time.LocalDate;

/**
 * Published when a measure is imposed, with what its letter says.
 *
 * @param requestId the request that granted the right; null for a right recorded outside the route
 * @param right     the product of the right, as the letter names it ("Bijstandsuitkering alleenstaande")
 */
public record MeasureImposed(long measureId, long familyId, long personId, Long requestId, String right,
                             Obligation obligation, int percentage, int months, LocalDate startsOn, LocalDate endsOn,
                             String motivation, LocalDate imposedOn) {
}
