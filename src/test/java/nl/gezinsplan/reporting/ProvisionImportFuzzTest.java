package nl.gezinsplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import nl.gezinsplan.ErrorLog;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.NumberLimit;
import nl.gezinsplan.base.TextLimit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The import driven with generated bad values, the same ones on every run (a fixed seed): too long, too many digits
 * or decimals, exponents, impossible and out-of-range dates, control characters, and files that are not UTF-8 text.
 * Every bad line gets exactly one reason and every bad file one refusal, each a message in both languages; nothing
 * bad is loaded, no exception escapes and nothing is logged as an error.
 */
@IntegrationTest
class ProvisionImportFuzzTest {

    private static final List<String> VALID = List.of("FUZZ", "2010-05-05", "JEUGDWET", "45", "45A01", "Fuzz test",
            "", "", "2015-01-01", "2015-03-31", "", "", "1", "DAY", "PER_DAY", "10", "");
    private static final List<String> DATES = List.of("birth_date", "allocation_start", "allocation_end",
            "care_start", "care_end");
    private static final Map<String, TextLimit> TEXTS = Map.of("client", ReportingLimits.CLIENT,
            "category", ReportingLimits.CATEGORY, "product_code", ReportingLimits.PRODUCT_CODE,
            "provider", ReportingLimits.PROVIDER, "referrer", ReportingLimits.REFERRER,
            "district", ReportingLimits.DISTRICT);
    private static final Map<String, NumberLimit> NUMBERS = Map.of("volume", ReportingLimits.VOLUME, "tariff",
            ReportingLimits.TARIFF, "amount", ReportingLimits.AMOUNT);
    private static final int LINES = 3_000;
    private static final int FILES = 60;

    @Autowired
    ProvisionImport provisionImport;

    @Autowired
    MessageSource messages;

    @Autowired
    UserDetailsService users;

    private final Random random = new Random(20261206);
    private final ErrorLog log = new ErrorLog();
    private final Map<String, Integer> outcomes = new TreeMap<>();

    @BeforeEach
    void listen() {
        log.listen();
    }

    @AfterEach
    void nothingWasLoggedAsAnError() {
        log.stop();
        assertThat(log.errors()).as("errors in the log").isEmpty();
    }

    @Test
    void everyGeneratedBadLineGetsOneReasonAndNothingBadIsLoaded() {
        List<Function<List<String>, List<String>>> spoilers = List.of(this::tooLong, this::tooManyDigits,
                this::exponent, this::badDate, this::controlCharacter);
        StringBuilder file = new StringBuilder();
        for (int line = 0; line < LINES; line++) {
            List<String> values = new ArrayList<>(VALID);
            values.set(0, "FUZZ-" + line);
            file.append(String.join(";", spoilers.get(line % spoilers.size()).apply(values))).append('\n');
        }

        ImportReport report = importing(file.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(outcomes).doesNotContainKey("unhandled");
        assertThat(report.loaded()).isZero();
        assertThat(report.problems()).hasSize(LINES);
        assertThat(report.problems()).extracting(ImportProblem::line).doesNotHaveDuplicates();
        report.problems().forEach(problem -> {
            outcomes.merge(problem.messageKey(), 1, Integer::sum);
            assertSaid(problem.messageKey(), problem.arguments().toArray());
        });
        System.out.println("Fuzzed import lines: " + outcomes);
    }

    @Test
    void everyGeneratedFileThatIsNotUtf8TextIsRefusedAsAWhole() {
        byte[] good = (String.join(";", VALID) + "\n").getBytes(StandardCharsets.UTF_8);
        for (int file = 0; file < FILES; file++) {
            byte[] content = switch (file % 4) {
                case 0 -> randomBytes(1_000 + random.nextInt(20_000));
                // a Latin-1 or Windows-1252 letter, which is no UTF-8 on its own
                case 1 -> withByteAt(good, (byte) (0x80 + random.nextInt(0x80)));
                // a control character no text file has (NUL, bell, escape, ...)
                case 2 -> withByteAt(good, new byte[] {0, 1, 7, 8, 11, 12, 27, 31, 127}[random.nextInt(9)]);
                default -> (String.join(";", VALID) + "\n").getBytes(StandardCharsets.UTF_16);
            };

            importing(content);
        }

        assertThat(outcomes).containsExactly(Map.entry("refused", FILES));
    }

    private ImportReport importing(byte[] content) {
        SignIn.as(users, "beheer");
        try {
            return provisionImport.importCsv("fuzz.csv", new ByteArrayInputStream(content), ImportMode.GOOD_LINES);
        } catch (ImportRefused refused) {
            assertSaid(refused.messageKey(), refused.arguments().toArray());
            outcomes.merge("refused", 1, Integer::sum);
        } catch (RuntimeException e) {
            outcomes.merge("unhandled", 1, Integer::sum);
            throw e;
        } finally {
            SecurityContextHolder.clearContext();
        }
        return null;
    }

    private void assertSaid(String messageKey, Object[] arguments) {
        for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
            // a text within the reason (the shared input rules' refusal, a column's name) is said too, not its key
            assertThat(messages.getMessage(messageKey, arguments, null, locale)).as(messageKey).isNotBlank()
                    .doesNotContain("reporting.", "input.");
        }
    }

    private List<String> tooLong(List<String> values) {
        List<String> columns = List.copyOf(TEXTS.keySet());
        String column = columns.get(random.nextInt(columns.size()));
        int length = TEXTS.get(column).maxLength() + 1 + random.nextInt(300);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            // letters of one and two UTF-16 units: the limit counts characters
            text.appendCodePoint("aZ9\u00e9\u00df\u20ac\u4e2d\ud83d\ude00".codePoints().toArray()[random.nextInt(8)]);
        }
        return with(values, column, text.toString());
    }

    private List<String> tooManyDigits(List<String> values) {
        List<String> columns = List.copyOf(NUMBERS.keySet());
        String column = columns.get(random.nextInt(columns.size()));
        NumberLimit digits = NUMBERS.get(column);
        boolean wholeTooLong = random.nextBoolean();
        String whole = "9" + digits(wholeTooLong ? digits.integerDigits() + random.nextInt(1_000) : random.nextInt(3));
        String decimals = wholeTooLong ? "" : digits(digits.scale() + random.nextInt(50)) + "7";
        return with(values, column, decimals.isEmpty() ? whole : whole + (random.nextBoolean() ? "," : ".") + decimals);
    }

    private List<String> exponent(List<String> values) {
        List<String> columns = List.copyOf(NUMBERS.keySet());
        List<String> numbers = List.of("1E-100000000", "1e5", "2,5E+3", "9.99e-7", "1E" + random.nextInt(), "0E0");
        return with(values, columns.get(random.nextInt(columns.size())), numbers.get(random.nextInt(numbers.size())));
    }

    private List<String> badDate(List<String> values) {
        List<String> dates = List.of("0001-01-01", "1899-12-31", "2101-01-01", "9999-12-31", "31-12-9999",
                "+100000-01-01", "2015-02-30", "31-13-2015", "29-02-2015", "2015/01/01", "gisteren",
                "01-01-" + (2101 + random.nextInt(7_000)), (1000 + random.nextInt(899)) + "-06-15");
        return with(values, DATES.get(random.nextInt(DATES.size())), dates.get(random.nextInt(dates.size())));
    }

    private List<String> controlCharacter(List<String> values) {
        int column = random.nextInt(VALID.size());
        char control = "\t\r\u0085\u009f\u0080".charAt(random.nextInt(5));
        values.set(column, "A" + control + "1");
        return values;
    }

    private static List<String> with(List<String> values, String column, String value) {
        values.set(ProvisionImport.COLUMNS.indexOf(column), value);
        return values;
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private byte[] withByteAt(byte[] text, byte inserted) {
        int at = random.nextInt(text.length);
        byte[] spoiled = new byte[text.length + 1];
        System.arraycopy(text, 0, spoiled, 0, at);
        spoiled[at] = inserted;
        System.arraycopy(text, at, spoiled, at + 1, text.length - at);
        return spoiled;
    }
}
