package nl.gezinsplan.casework;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The proposal recorded with a request, as the approval routes on it: who made it and on which day (under the Wmo the
 * application, from which the decision term runs), and of its provisions their cost per year together, the longest
 * in months, and whether any is residential.
 */
public record Proposal(String proposer, LocalDate madeOn, int provisions, BigDecimal costPerYear, int durationMonths,
                       boolean residential) {
}
