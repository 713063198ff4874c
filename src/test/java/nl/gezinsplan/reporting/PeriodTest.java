package nl.gezinsplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void aHalfYearHoldsItsSixMonthsAndReadsAsYearAndHalf() {
        Period period = Period.halfYear(2025, 2);

        assertThat(period.first()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(period.last()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(period.months()).hasSize(6).startsWith(YearMonth.of(2025, 7)).endsWith(YearMonth.of(2025, 12));
        assertThat(period.messageKey()).isEqualTo("reporting.period.half_year");
        assertThat(period.labelArguments()).containsExactly(2025, 2);
    }

    @Test
    void aQuarterAMonthAndAYearKnowTheirDays() {
        assertThat(Period.quarter(2024, 1)).isEqualTo(
                new Period(PeriodKind.QUARTER, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)));
        assertThat(Period.quarter(2024, 4).labelArguments()).containsExactly(2024, 4);
        assertThat(Period.month(YearMonth.of(2024, 2)).last()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Period.month(YearMonth.of(2024, 2)).labelArguments()).containsExactly(2024, 2);
        assertThat(Period.year(2024).months()).hasSize(12);
        assertThat(Period.year(2024).messageKey()).isEqualTo("reporting.period.year");
    }

    @Test
    void refusesQuartersAndHalvesThatDoNotExist() {
        assertThatThrownBy(() -> Period.quarter(2024, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.halfYear(2024, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
