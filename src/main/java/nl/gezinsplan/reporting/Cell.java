package nl.gezinsplan.reporting;

import java.math.BigDecimal;

/**
 * One cell of a {@link ReportTable}: either text, or a number of a kind ({@code null}: no data), or a traffic light
 * with its word. Screens and the PDF show it formatted; the CSV file keeps numbers as numbers.
 */
public record Cell(String text, BigDecimal number, Measure measure, TrafficLight light) {

    public static Cell text(String text) {
        return new Cell(text, null, null, null);
    }

    public static Cell number(BigDecimal number, Measure measure) {
        return new Cell(null, number, measure, null);
    }

    public static Cell count(long count) {
        return number(BigDecimal.valueOf(count), Measure.COUNT);
    }

    public static Cell light(TrafficLight light, String word) {
        return new Cell(word, null, null, light);
    }

    public boolean isNumeric() {
        return measure != null;
    }
}
