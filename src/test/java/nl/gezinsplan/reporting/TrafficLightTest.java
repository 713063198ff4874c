package nl.gezinsplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TrafficLightTest {

    private static final BigDecimal MARGIN = new BigDecimal("0.10");

    @Test
    void whereHigherIsBetterMeetingTheTargetIsGreenMissingItByAtMostTheMarginOrangeAndMoreRed() {
        // target 50% moved on, margin 10% of it: 45 is still orange, 44.9 red
        assertThat(light(Indicator.RESIDENTIAL_TO_FAMILY_OR_AMBULANT, "50", "50")).isEqualTo(TrafficLight.GREEN);
        assertThat(light(Indicator.RESIDENTIAL_TO_FAMILY_OR_AMBULANT, "45", "50")).isEqualTo(TrafficLight.ORANGE);
        assertThat(light(Indicator.RESIDENTIAL_TO_FAMILY_OR_AMBULANT, "44.9", "50")).isEqualTo(TrafficLight.RED);
    }

    @Test
    void whereLowerIsBetterStayingUnderTheTargetIsGreen() {
        // target at most 1.8% residential: 1.98 is orange, 1.99 red
        assertThat(light(Indicator.RESIDENTIAL_YOUTH_SHARE, "1.8", "1.8")).isEqualTo(TrafficLight.GREEN);
        assertThat(light(Indicator.RESIDENTIAL_YOUTH_SHARE, "1.98", "1.8")).isEqualTo(TrafficLight.ORANGE);
        assertThat(light(Indicator.RESIDENTIAL_YOUTH_SHARE, "1.99", "1.8")).isEqualTo(TrafficLight.RED);
    }

    @Test
    void withoutATargetThereIsNoLight() {
        assertThat(light(Indicator.LEAD_TIME, "30", null)).isEqualTo(TrafficLight.NONE);
    }

    @Test
    void withATargetButNothingMeasuredTheLightSaysSoNotThatThereIsNoTarget() {
        assertThat(light(Indicator.WITHIN_STATUTORY_TERM, null, "100")).isEqualTo(TrafficLight.NO_VALUE);
        assertThat(light(Indicator.WITHIN_STATUTORY_TERM, "100", "100")).isEqualTo(TrafficLight.GREEN);
        assertThat(light(Indicator.WITHIN_STATUTORY_TERM, "92", "100")).isEqualTo(TrafficLight.ORANGE);
    }

    private static TrafficLight light(Indicator indicator, String value, String target) {
        return MonitorCalculation.light(indicator, value == null ? null : new BigDecimal(value),
                target == null ? null : new BigDecimal(target), MARGIN);
    }
}
