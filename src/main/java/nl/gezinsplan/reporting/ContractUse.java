package nl.gezinsplan.reporting;

import java.math.BigDecimal;
import nl.gezinsplan.base.Law;

/**
 * How a law's provisions active in a period stand to the contracts: how many, how many of them are a personal budget
 * (pgb) and their share; the period's cost and the pgb share of it; and of the in-kind provisions whose contract is
 * known, how many have a provider that was not contracted for the product, and their share. Shares are percentages
 * with one decimal, null when there is nothing to divide by.
 */
public record ContractUse(Law law, long provisions, long personalBudget, BigDecimal sharePersonalBudget,
        BigDecimal cost, BigDecimal shareCostPersonalBudget, long inKindKnown, long offContract,
        BigDecimal shareOffContract) {}
