package nl.gezinsplan.casework;

import java.math.BigDecimal;

/**
 * The proposal recorded with a request, as the approval routes on it: who made it, and of its provisions their cost per
 * year together, the longest in months, and whether any is residential.
 */
public record Proposal(String proposer, int provisions, BigDecimal costPerYear, int durationMonths,
                       boolean residential) {
}
