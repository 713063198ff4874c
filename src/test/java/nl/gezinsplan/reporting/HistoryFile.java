package nl.gezinsplan.reporting;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A hand-made allocation file for a test, line by line in the import's columns. */
final class HistoryFile {

    private final List<String> lines = new ArrayList<>(List.of(String.join(";", ProvisionImport.COLUMNS)));

    /** A youth-care allocation costing {@code perDay} euros a day, with care dates as the allocation's. */
    HistoryFile youthCare(String client, LocalDate born, String product, String provider, String start, String end,
            int perDay) {
        return line(client, born, "JEUGDWET", product, provider, "", "", start, end, "", "", perDay);
    }

    HistoryFile line(String client, LocalDate born, String law, String product, String provider, String referrer,
            String district, String allocationStart, String allocationEnd, String careStart, String careEnd,
            int perDay) {
        String category = product.equals("90002") ? "90" : product.substring(0, 2);
        lines.add(String.join(";", client, born.toString(), law, category, product, provider, referrer, district,
                allocationStart, allocationEnd, careStart, careEnd, "1", "DAY", "PER_DAY", String.valueOf(perDay), ""));
        return this;
    }

    HistoryFile raw(String line) {
        lines.add(line);
        return this;
    }

    InputStream stream() {
        return new ByteArrayInputStream(text().getBytes(StandardCharsets.UTF_8));
    }

    String text() {
        return String.join("\n", lines) + "\n";
    }
}
