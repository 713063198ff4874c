package nl.gezinsplan.reporting;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link ReportTable} as a CSV file that a spreadsheet opens as it is: UTF-8 with a byte-order mark, and in
 * Dutch a semicolon between fields and a decimal comma (as Excel in Dutch expects), in English a comma and a point.
 * Numbers stay plain numbers; text is quoted when it must be, and text that a spreadsheet would take for a formula
 * gets an apostrophe in front.
 */
public final class CsvWriter {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String LINE_END = "\r\n";

    private CsvWriter() {
    }

    public static byte[] write(ReportTable table, Locale locale) {
        boolean dutch = "nl".equals(locale.getLanguage());
        char separator = dutch ? ';' : ',';
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
        line(csv, table.headers().stream().map(header -> quoted(header, separator)).toList(), separator);
        for (List<Cell> row : table.rows()) {
            line(csv, row.stream().map(cell -> field(cell, separator, dutch)).toList(), separator);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> fields, char separator) {
        csv.append(String.join(String.valueOf(separator), fields)).append(LINE_END);
    }

    private static String field(Cell cell, char separator, boolean dutch) {
        if (!cell.isNumeric()) {
            return quoted(cell.text() == null ? "" : cell.text(), separator);
        }
        if (cell.number() == null) {
            return "";
        }
        String plain = cell.number().stripTrailingZeros().toPlainString();
        return dutch ? plain.replace('.', ',') : plain;
    }

    private static String quoted(String text, char separator) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        boolean needsQuotes = safe.indexOf(separator) >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0 || !safe.equals(safe.strip());
        return needsQuotes ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
