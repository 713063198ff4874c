package nl.gezinsplan.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CostPerYearTest {

    @Test
    void weeklyVolumeCountsFiftyTwoWeeks() {
        assertThat(Frequency.PER_WEEK.costPerYear(new BigDecimal("4"), new BigDecimal("72.00")))
                .isEqualByComparingTo("14976.00");
    }

    @Test
    void sevenDaysAWeekOfResidentialCare() {
        assertThat(Frequency.PER_WEEK.costPerYear(new BigDecimal("7"), new BigDecimal("310.00")))
                .isEqualByComparingTo("112840.00");
    }

    @Test
    void monthlyVolumeCountsTwelveMonths() {
        assertThat(Frequency.PER_MONTH.costPerYear(BigDecimal.ONE, new BigDecimal("1335.00")))
                .isEqualByComparingTo("16020.00");
    }

    @Test
    void aOneOffCountsOnce() {
        assertThat(Frequency.ONCE.costPerYear(BigDecimal.ONE, new BigDecimal("4500.00")))
                .isEqualByComparingTo("4500.00");
    }

    @Test
    void roundsToCents() {
        assertThat(Frequency.PER_WEEK.costPerYear(new BigDecimal("1.5"), new BigDecimal("33.33")))
                .isEqualTo(new BigDecimal("2599.74"));
    }
}
