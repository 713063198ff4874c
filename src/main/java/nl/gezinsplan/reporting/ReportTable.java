package nl.gezinsplan.reporting;

import java.util.List;

/**
 * A table of the monitor as the screen shows it, the CSV file holds it and the council report prints it.
 *
 * @param title   its caption, in the reader's language; also the name of its CSV file
 * @param headers the column headers, in the reader's language
 */
public record ReportTable(String title, List<String> headers, List<List<Cell>> rows) {

    public ReportTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Cell> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException(title + ": a row of " + row.size() + " cells under "
                        + headers.size() + " headers");
            }
        }
    }
}
