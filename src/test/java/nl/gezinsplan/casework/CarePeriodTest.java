package nl.gezinsplan.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CarePeriodTest {

    private static final LocalDate ALLOCATED = LocalDate.of(2025, 1, 1);
    private static final LocalDate ALLOCATION_ENDS = LocalDate.of(2025, 12, 31);

    @Test
    void careDatesComeFirst() {
        CarePeriod period = CarePeriod.of(ALLOCATED, ALLOCATION_ENDS, LocalDate.of(2025, 1, 15),
                LocalDate.of(2025, 6, 30));
        assertThat(period).isEqualTo(new CarePeriod(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 6, 30)));
    }

    @Test
    void eachMissingCareDateFallsBackToTheAllocationsOwn() {
        assertThat(CarePeriod.of(ALLOCATED, ALLOCATION_ENDS, null, null))
                .isEqualTo(new CarePeriod(ALLOCATED, ALLOCATION_ENDS));
        assertThat(CarePeriod.of(ALLOCATED, ALLOCATION_ENDS, LocalDate.of(2025, 2, 1), null))
                .isEqualTo(new CarePeriod(LocalDate.of(2025, 2, 1), ALLOCATION_ENDS));
    }

    @Test
    void withoutAnyEndTheCareStillRuns() {
        assertThat(CarePeriod.of(ALLOCATED, null, null, null).end()).isNull();
    }
}
