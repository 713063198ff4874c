package nl.gezinsplan.reporting;

import java.util.List;

public record Breakdown(Dimension dimension, List<BreakdownRow> rows) {}
