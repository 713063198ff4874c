package nl.gezinsplan.reporting;

import java.io.InputStream;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Loads allocation history from before Gezinsplan from a CSV file in the shape of the national allocation messages. */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
public class AllocationImport {

    public ImportReport importCsv(String fileName, InputStream csv, ImportMode mode) {
        throw new UnsupportedOperationException("Not yet");
    }

    /**
     * The columns, separated by semicolons, in the shape of the iJw allocation message (JW301): client (BSN or the
     * municipality's client number), birth date, law (empty: JEUGDWET), product category, product code, provider,
     * referrer, district, allocation start and end, care start and end, volume, unit (HOUR, DAY_PART, DAY, WEEK,
     * MONTH, PIECE, TRAJECTORY, EURO), frequency (PER_DAY, PER_WEEK, PER_MONTH, TOTAL), tariff, amount. Dates as
     * yyyy-mm-dd or dd-mm-yyyy, decimals with a point or a comma. Either volume, unit, frequency and tariff, or an
     * amount for the whole allocation period.
     */
    public static final List<String> COLUMNS = List.of("client", "birth_date", "law", "category", "product_code",
            "provider", "referrer", "district", "allocation_start", "allocation_end", "care_start", "care_end",
            "volume", "unit", "frequency", "tariff", "amount");

    /** The header line and one example line, for users to download and fill in. */
    public static String template() {
        return String.join(";", COLUMNS) + "\n"
                + "999990019;2012-03-14;JEUGDWET;45;45A48;Voorbeeld Jeugdhulp;GP;Centrum;2023-01-01;2023-12-31;"
                + "2023-01-09;;4;HOUR;PER_WEEK;85.50;\n";
    }
}
