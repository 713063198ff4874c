package nl.gezinsplan.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.gezinsplan.security.Sha256;
import nl.gezinsplan.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads provision history from before Gezinsplan from a CSV file in the shape of the national allocation messages,
 * so the monitor's indicators reach back into the years before. Every bad line is reported with its line number and
 * reason; the user chooses to load the good lines anyway or nothing at all.
 *
 * <p>Importing the same data twice does not double it: every line is loaded under a hash of its normalised content
 * (values trimmed, dates and numbers written one way, codes in upper case), and a line whose hash is already in the
 * history (from an earlier import, or earlier in the same file) is counted as already loaded and skipped. So a file
 * loaded again, or a later file that repeats some lines, adds only what is new.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
public class ProvisionImport {

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

    private static final String INSERT = """
            insert into provision_history (import_id, line_hash, client, birth_date, law, category_code, product_code,
                provider, referrer, district, allocation_start, allocation_end, care_start, care_end, volume, unit,
                frequency, tariff, amount, cost_per_day)
            values (:importId, :lineHash, :client, :birthDate, :law, :category, :productCode, :provider, :referrer,
                :district, :allocationStart, :allocationEnd, :careStart, :careEnd, :volume, :unit, :frequency, :tariff,
                :amount, :costPerDay)
            on conflict (line_hash) do nothing
            """;

    /** More bad lines than this and the file is not a provision history at all; it also bounds the report. */
    static final int MAX_PROBLEMS = 100_000;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProvisionImport(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The header line and one example line, for users to download and fill in. */
    public static String template() {
        return String.join(";", COLUMNS) + "\n"
                + "999990019;2012-03-14;JEUGDWET;45;45A48;Voorbeeld Jeugdhulp;GP;Centrum;2023-01-01;2023-12-31;"
                + "2023-01-09;;4;HOUR;PER_WEEK;85.50;\n";
    }

    /**
     * Reads the file (UTF-8; a first line starting with "client" is the header) and loads it by the mode. With
     * ALL_OR_NOTHING and a bad line, nothing is loaded and {@code committed} is false.
     *
     * @throws ImportRefused when the file is not UTF-8 text, or has so many bad lines that it cannot be the right file
     */
    @Transactional
    public ImportReport importCsv(String fileName, InputStream csv, ImportMode mode) {
        byte[] content = read(csv);
        String text = text(content);
        List<ImportedProvision> good = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        int lines = 0;
        // index: the line's place in the file from 0; start: where it starts in the text, after any byte-order mark
        int index = 0;
        for (int start = text.startsWith("\uFEFF") ? 1 : 0; start <= text.length(); index++) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            String line = text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
            start = end + 1;
            if (line.isBlank() || index == 0 && line.trim().toLowerCase(Locale.ROOT).startsWith(COLUMNS.get(0))) {
                continue;
            }
            lines++;
            try {
                good.add(ImportedProvision.parse(CsvLine.split(line)));
            } catch (ImportedProvision.BadLine bad) {
                if (problems.size() == MAX_PROBLEMS) {
                    throw new ImportRefused("too-many-problems", MAX_PROBLEMS);
                }
                problems.add(new ImportProblem(index + 1, bad.messageKey(), bad.arguments()));
            }
        }
        if (mode == ImportMode.ALL_OR_NOTHING && !problems.isEmpty()) {
            return new ImportReport(lines, 0, 0, List.copyOf(problems), false);
        }
        long importId = jdbc.sql("""
                        insert into provision_import (file_name, content_hash, imported_by, imported_at, lines, loaded,
                            already_loaded, rejected)
                        values (:fileName, :hash, :by, :at, :lines, 0, 0, :rejected)
                        returning id""")
                .param("fileName", fileName)
                .param("hash", Sha256.hex(content))
                .param("by", currentUser.username().orElse(CurrentUser.SYSTEM))
                .param("at", java.sql.Timestamp.from(Instant.now(clock)))
                .param("lines", lines)
                .param("rejected", problems.size())
                .query(Long.class).single();
        int loaded = 0;
        for (ImportedProvision provision : good) {
            loaded += insert(importId, provision);
        }
        chain(importId);
        int alreadyLoaded = good.size() - loaded;
        jdbc.sql("update provision_import set loaded = :loaded, already_loaded = :already where id = :id")
                .param("loaded", loaded).param("already", alreadyLoaded).param("id", importId).update();
        return new ImportReport(lines, loaded, alreadyLoaded, List.copyOf(problems), true);
    }

    /**
     * Chains the history again where an import added to it, so the monitor reads its chains instead of forming them
     * (see {@code ChainedProvisions}). {@link #importCsv} calls it; so does a load in SQL (MonitorBenchmark).
     */
    @Transactional
    public void chain(long importId) {
        ChainedProvisions.chainImport(jdbc, importId);
    }

    private int insert(long importId, ImportedProvision a) {
        return jdbc.sql(INSERT)
                .param("importId", importId)
                .param("lineHash", Sha256.hex(a.normalised().getBytes(StandardCharsets.UTF_8)))
                .param("client", a.client())
                .param("birthDate", a.birthDate())
                .param("law", a.law().name())
                .param("category", a.category())
                .param("productCode", a.productCode())
                .param("provider", a.provider())
                .param("referrer", a.referrer())
                .param("district", a.district())
                .param("allocationStart", a.allocationStart())
                .param("allocationEnd", a.allocationEnd())
                .param("careStart", a.careStart())
                .param("careEnd", a.careEnd())
                .param("volume", a.volume())
                .param("unit", a.unit())
                .param("frequency", a.frequency())
                .param("tariff", a.tariff())
                .param("amount", a.amount())
                .param("costPerDay", a.costPerDay())
                .update();
    }

    /**
     * The file as text, or refused as a whole when it is not UTF-8 text (a binary file, another character set):
     * reading such a file line by line would only report every line as bad.
     */
    private static String text(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ImportRefused("not-text");
        }
        if (text.chars().anyMatch(c -> c < ' ' && c != '\t' && c != '\r' && c != '\n' || c == 0x7F)) {
            throw new ImportRefused("not-text");
        }
        return text;
    }

    private static byte[] read(InputStream csv) {
        try (InputStream in = csv) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
