package nl.gezinsplan.reporting;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where everything of a {@link Chart} goes in a box of the given size, measured from the top left: the value axis with
 * its ticks (always from zero), the labels along the bottom (thinned out when they would collide), one mark per data
 * point (a bar, or a point on a line) and the legend. The SVG and the PDF renderer only draw what this decides.
 */
public final class ChartLayout {

    /** Colours with a contrast of at least 4.5:1 against white; lines are also told apart by their dash pattern. */
    public static final List<String> COLOURS = List.of("#1f5f99", "#b34700", "#2e7d32", "#6a3d9a");
    /** Dash and gap lengths per series, empty for a solid line. */
    public static final List<float[]> DASHES = List.of(new float[0], new float[] {6, 3}, new float[] {2, 2},
            new float[] {8, 3, 2, 3});
    public static final double FONT_SIZE = 11;
    /** The limit's line: red and dashed. */
    public static final String LIMIT_COLOUR = "#c62828";
    public static final float[] LIMIT_DASHES = {4, 2};

    private static final double LINE_HEIGHT = FONT_SIZE * 1.5;
    private static final double CHARACTER_WIDTH = FONT_SIZE * 0.6;
    private static final int INTERVALS = 4;

    public record Tick(String label, double y) {
    }

    public record AxisLabel(String text, double x) {
    }

    /**
     * A data point: for a bar its rectangle ({@code x}, {@code y} the top left); for a line its centre.
     *
     * @param label the x label it belongs to, with {@code value} for its tooltip or description
     */
    public record Mark(int series, String label, double value, double x, double y, double width, double height) {
    }

    public record LegendEntry(int series, String name, double x, double y) {
    }

    private final Chart chart;
    private final double width;
    private final double height;
    private final double plotLeft;
    private final double plotRight;
    private final double plotTop;
    private final double plotBottom;
    private final List<Tick> ticks = new ArrayList<>();
    private final List<AxisLabel> axisLabels = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private final List<LegendEntry> legend = new ArrayList<>();
    private final Double limitY;

    public ChartLayout(Chart chart, double width, double height, Locale locale) {
        this.chart = chart;
        this.width = width;
        this.height = height;
        double step = step(chart);
        double top = step * Math.max(1, Math.ceil(largest(chart) / step));
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(step < 1 ? 2 : 0);
        List<String> tickLabels = new ArrayList<>();
        for (int i = 0; i * step <= top + step / 1000; i++) {
            tickLabels.add(numbers.format(i * step));
        }
        int widest = tickLabels.stream().mapToInt(String::length).max().orElse(1);
        int legendRows = (chart.series().size() + 1) / 2;

        plotLeft = widest * CHARACTER_WIDTH + 10;
        plotRight = width - 10;
        plotTop = FONT_SIZE;
        plotBottom = height - LINE_HEIGHT * (1 + legendRows) - 6;

        limitY = chart.limit() == null ? null : y(chart.limit(), top);
        for (int i = 0; i < tickLabels.size(); i++) {
            ticks.add(new Tick(tickLabels.get(i), y(i * step, top)));
        }
        int count = chart.labels().size();
        double slot = (plotRight - plotLeft) / Math.max(1, count);
        int longest = chart.labels().stream().mapToInt(String::length).max().orElse(1);
        int every = (int) Math.ceil((longest + 1) * CHARACTER_WIDTH / slot);
        for (int i = 0; i < count; i += Math.max(1, every)) {
            axisLabels.add(new AxisLabel(chart.labels().get(i), plotLeft + (i + 0.5) * slot));
        }
        int seriesCount = chart.series().size();
        for (int s = 0; s < seriesCount; s++) {
            List<Double> values = chart.series().get(s).values();
            for (int i = 0; i < count; i++) {
                double value = Math.max(0, values.get(i));
                double y = y(value, top);
                if (chart.kind() == Chart.Kind.BAR) {
                    double bar = slot * 0.8 / seriesCount;
                    double x = plotLeft + i * slot + slot * 0.1 + s * bar;
                    marks.add(new Mark(s, chart.labels().get(i), value, x, y, bar, plotBottom - y));
                } else {
                    marks.add(new Mark(s, chart.labels().get(i), value, plotLeft + (i + 0.5) * slot, y, 0, 0));
                }
            }
            legend.add(new LegendEntry(s, chart.series().get(s).name(),
                    s % 2 == 0 ? plotLeft : plotLeft + (plotRight - plotLeft) / 2,
                    plotBottom + LINE_HEIGHT * (2 + s / 2)));
        }
    }

    public Chart chart() {
        return chart;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public double plotLeft() {
        return plotLeft;
    }

    public double plotRight() {
        return plotRight;
    }

    public double plotTop() {
        return plotTop;
    }

    public double plotBottom() {
        return plotBottom;
    }

    /** Where the labels along the bottom stand (their baseline). */
    public double axisLabelY() {
        return plotBottom + LINE_HEIGHT;
    }

    /** Where the chart's limit runs across, or {@code null} when it has none. */
    public Double limitY() {
        return limitY;
    }

    public List<Tick> ticks() {
        return ticks;
    }

    public List<AxisLabel> axisLabels() {
        return axisLabels;
    }

    public List<Mark> marks() {
        return marks;
    }

    public List<Mark> marksOf(int series) {
        return marks.stream().filter(mark -> mark.series() == series).toList();
    }

    public List<LegendEntry> legend() {
        return legend;
    }

    public static String colour(int series) {
        return COLOURS.get(series % COLOURS.size());
    }

    public static float[] dashes(int series) {
        return DASHES.get(series % DASHES.size());
    }

    private double y(double value, double top) {
        return plotBottom - (plotBottom - plotTop) * value / top;
    }

    /** The largest value, the limit included so that its line is on the chart. */
    private static double largest(Chart chart) {
        double largest = chart.series().stream().flatMap(series -> series.values().stream())
                .mapToDouble(Double::doubleValue).max().orElse(0);
        return chart.limit() == null ? largest : Math.max(largest, chart.limit());
    }

    /** A round step (1, 2 or 5 times a power of ten) that divides the largest value into about four intervals. */
    private static double step(Chart chart) {
        double largest = largest(chart);
        if (largest <= 0) {
            return 1;
        }
        double rough = largest / INTERVALS;
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double factor : new double[] {1, 2, 5}) {
            if (factor * power >= rough) {
                return factor * power;
            }
        }
        return 10 * power;
    }
}
