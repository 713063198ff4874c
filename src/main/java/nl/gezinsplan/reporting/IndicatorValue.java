package nl.gezinsplan.reporting;

import java.math.BigDecimal;

/** One indicator for one period, beside its baselines and target; {@code value} null means no data. */
public record IndicatorValue(Indicator indicator, BigDecimal value, BigDecimal baseline2023, BigDecimal baseline2024,
        BigDecimal target, TrafficLight light) {}
