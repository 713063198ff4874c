package nl.gezinsplan.casework;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How often a provision's volume is delivered. */
public enum Frequency {
    PER_WEEK(52),
    PER_MONTH(12),
    ONCE(1);

    private final int timesPerYear;

    Frequency(int timesPerYear) {
        this.timesPerYear = timesPerYear;
    }

    public int timesPerYear() {
        return timesPerYear;
    }

    /** The cost per year of {@code volume} units at {@code tariff}, delivered at this frequency, in whole cents. */
    public BigDecimal costPerYear(BigDecimal volume, BigDecimal tariff) {
        return volume.multiply(tariff).multiply(BigDecimal.valueOf(timesPerYear)).setScale(2, RoundingMode.HALF_UP);
    }
}
