package nl.gezinsplan.reporting;

import java.util.List;

/**
 * A chart as data: a title, the labels along the x axis and one or more named series with a value per label. The
 * screen draws it as SVG ({@link SvgChart}) and the council report as PDF vectors, both from one {@link ChartLayout}.
 *
 * @param title what the chart shows, also its accessible name
 * @param limit a value to mark across the chart (a ceiling), or {@code null}
 */
public record Chart(String title, Kind kind, List<String> labels, List<Series> series, Double limit) {

    public enum Kind { LINE, BAR }

    /** @param values one per label, in the labels' order */
    public record Series(String name, List<Double> values) {

        public Series {
            values = List.copyOf(values);
        }
    }

    public Chart(String title, Kind kind, List<String> labels, List<Series> series) {
        this(title, kind, labels, series, null);
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
