package nl.gezinsplan.reporting;

import java.math.BigDecimal;
import nl.gezinsplan.base.Law;

/** Per law in a period: distinct clients, provisions active and their cost. */
public record LawFigures(Law law, long clients, long provisions, BigDecimal cost) {}
