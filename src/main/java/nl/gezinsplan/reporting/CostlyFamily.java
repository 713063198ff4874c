package nl.gezinsplan.reporting;

import java.math.BigDecimal;

/**
 * A family in the costliest tenth of a year: what its care cost that year and the year before, how many provisions
 * under how many laws it had that year, and the professionals in its plan at the year's end (null without a plan).
 */
public record CostlyFamily(long familyId, String name, BigDecimal cost, BigDecimal costYearBefore, long provisions,
        int laws, Integer professionals) {

    CostlyFamily named(String familyName) {
        return new CostlyFamily(familyId, familyName, cost, costYearBefore, provisions, laws, professionals);
    }
}
