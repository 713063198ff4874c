package nl.gezinsplan.reporting;

import java.util.List;

/**
 * A chart as data: a title, the labels along the x axis and one or more named series with a value per label. The
 * screen draws it as SVG ({@link SvgChart}) and the council report as PDF vectors, both from one {@link ChartLayout}.
 *
 * @param title what the chart shows, also its accessible name
 */
public record Chart(String title, Kind kind, List<String> labels, List<Series> series) {

    public enum Kind { LINE, BAR }

    /** @param values one per label, in the labels' order */
    public record Series(String name, List<Double> values) {

        public Series {
            values = List.copyOf(values);
        }
    }

    public Chart {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
        for (Series each : series) {
            if (each.values().size() != labels.size()) {
                throw new IllegalArgumentException(each.name() + " has " + each.values().size() + " values for "
                        + labels.size() + " labels");
            }
        }
    }
}
