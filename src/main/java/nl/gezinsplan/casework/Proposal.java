package nl.gezinsplan.casework;

import java.math.BigDecimal;

/**
 * What the approval table needs of the provisions proposed for a request: their cost per year together, the longest
 * allocation in months, and whether any is residential.
 */
public record Proposal(int provisions, BigDecimal costPerYear, int durationMonths, boolean residential) {
}
