package nl.gezinsplan.casework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.gezinsplan.base.Law;

/** What a law's open provisions commit per year against the budget ceiling the council set for it. */
public record BudgetUse(Law law, BigDecimal committed, BigDecimal ceiling) {

    /** The share of the ceiling committed, in whole percents. */
    public int percent() {
        return committed.multiply(BigDecimal.valueOf(100)).divide(ceiling, 0, RoundingMode.HALF_UP).intValue();
    }
}
