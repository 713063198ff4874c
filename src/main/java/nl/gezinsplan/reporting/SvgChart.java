package nl.gezinsplan.reporting;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Draws a {@link Chart} as an SVG document on the server, so the browser needs no chart library. It scales to the
 * width it is given, is named for screen readers ({@code role="img"}, its title) and every data point carries its
 * value as a tooltip. All text is escaped.
 */
public final class SvgChart {

    /** For a wide screen, which scales it up: 44rem wide its text is 17.6 px. */
    public static final double WIDTH = 440;
    /** For a phone, which draws it about 340 px wide: its text stays about 12 px, not 8.5 as the wide one would. */
    public static final double NARROW_WIDTH = 300;
    static final double HEIGHT = 280;

    private SvgChart() {
    }

    public static String render(Chart chart, Locale locale) {
        return render(chart, locale, WIDTH);
    }

    /** Drawn {@code width} units wide; the text is always {@link ChartLayout#FONT_SIZE} units. */
    public static String render(Chart chart, Locale locale, double width) {
        ChartLayout layout = new ChartLayout(chart, width, HEIGHT, locale);
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append((int) width).append(' ').append((int) HEIGHT).append("\" aria-label=\"")
                .append(escape(chart.title())).append("\" font-family=\"sans-serif\" font-size=\"")
                .append(number(ChartLayout.FONT_SIZE)).append("\">");
        svg.append("<title>").append(escape(chart.title())).append("</title>");
        for (ChartLayout.Tick tick : layout.ticks()) {
            svg.append(line(layout.plotLeft(), tick.y(), layout.plotRight(), tick.y(), "#d0d4d9"));
            svg.append(text(tick.label(), layout.plotLeft() - 6, tick.y() + 4, "end"));
        }
        svg.append(line(layout.plotLeft(), layout.plotBottom(), layout.plotRight(), layout.plotBottom(), "#3d4650"));
        for (ChartLayout.AxisLabel label : layout.axisLabels()) {
            svg.append(text(label.text(), label.x(), layout.axisLabelY(), "middle"));
        }
        for (int s = 0; s < chart.series().size(); s++) {
            String colour = ChartLayout.colour(s);
            if (chart.kind() == Chart.Kind.LINE) {
                svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"")
                        .append(dashAttribute(s)).append(" points=\"")
                        .append(layout.marksOf(s).stream().map(mark -> number(mark.x()) + "," + number(mark.y()))
                                .collect(Collectors.joining(" ")))
                        .append("\"/>");
            }
            String name = chart.series().get(s).name();
            for (ChartLayout.Mark mark : layout.marksOf(s)) {
                String tooltip = "<title>" + escape(name + ", " + mark.label() + ": " + numbers.format(mark.value()))
                        + "</title>";
                if (chart.kind() == Chart.Kind.BAR) {
                    svg.append("<rect class=\"point\" x=\"").append(number(mark.x())).append("\" y=\"")
                            .append(number(mark.y())).append("\" width=\"").append(number(mark.width()))
                            .append("\" height=\"").append(number(mark.height())).append("\" fill=\"")
                            .append(colour).append("\">").append(tooltip).append("</rect>");
                } else {
                    svg.append("<circle class=\"point\" cx=\"").append(number(mark.x())).append("\" cy=\"")
                            .append(number(mark.y())).append("\" r=\"3\" fill=\"").append(colour).append("\">")
                            .append(tooltip).append("</circle>");
                }
            }
        }
        if (layout.limitY() != null) {
            svg.append("<line class=\"limit\" x1=\"").append(number(layout.plotLeft())).append("\" y1=\"")
                    .append(number(layout.limitY())).append("\" x2=\"").append(number(layout.plotRight()))
                    .append("\" y2=\"").append(number(layout.limitY())).append("\" stroke=\"")
                    .append(ChartLayout.LIMIT_COLOUR).append("\" stroke-width=\"2\" stroke-dasharray=\"4 2\"><title>")
                    .append(escape(numbers.format(chart.limit()))).append("</title></line>");
        }
        for (ChartLayout.LegendEntry entry : layout.legend()) {
            String colour = ChartLayout.colour(entry.series());
            double middle = entry.y() - 4;
            if (chart.kind() == Chart.Kind.BAR) {
                svg.append("<rect x=\"").append(number(entry.x())).append("\" y=\"").append(number(middle - 5))
                        .append("\" width=\"10\" height=\"10\" fill=\"").append(colour).append("\"/>");
            } else {
                svg.append("<line x1=\"").append(number(entry.x())).append("\" y1=\"").append(number(middle))
                        .append("\" x2=\"").append(number(entry.x() + 16)).append("\" y2=\"").append(number(middle))
                        .append("\" stroke=\"").append(colour).append("\" stroke-width=\"2\"")
                        .append(dashAttribute(entry.series())).append("/>");
            }
            svg.append(text(entry.name(), entry.x() + 20, entry.y(), "start"));
        }
        return svg.append("</svg>").toString();
    }

    /** Text for XML content and attribute values. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return "<line x1=\"" + number(x1) + "\" y1=\"" + number(y1) + "\" x2=\"" + number(x2) + "\" y2=\""
                + number(y2) + "\" stroke=\"" + colour + "\" stroke-width=\"1\"/>";
    }

    private static String text(String text, double x, double y, String anchor) {
        return "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\" text-anchor=\"" + anchor
                + "\" fill=\"#1f2933\">" + escape(text) + "</text>";
    }

    private static String dashAttribute(int series) {
        float[] dashes = ChartLayout.dashes(series);
        if (dashes.length == 0) {
            return "";
        }
        return " stroke-dasharray=\"" + IntStream.range(0, dashes.length)
                .mapToObj(i -> number(dashes[i])).collect(Collectors.joining(" ")) + "\"";
    }

    /** Coordinates in SVG always use a dot, whatever the user's language. */
    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
