package nl.gezinsplan.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.gezinsplan.base.Law;

/**
 * What a law's care will cost in a calendar year, as known on {@code asOf}: spent up to that day, committed by the care
 * granted for the rest of the year, and expected from new care at the pace of the last three months (the band: at
 * the slowest and the fastest of those months' pace). The light warns before the spending passes the ceiling: red when
 * the forecast passes it, orange when only the band's top does, green otherwise; none without a ceiling.
 */
public record Forecast(Law law, LocalDate asOf, BigDecimal spent, BigDecimal committed, BigDecimal expectedNew,
        BigDecimal forecast, BigDecimal low, BigDecimal high, BigDecimal ceiling, TrafficLight light) {}
