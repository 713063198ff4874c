package nl.gezinsplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.i18n.Translations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class ProvisionImportTest {

    private static final LocalDate BORN = LocalDate.of(2010, 5, 5);

    @Autowired
    ProvisionImport provisionImport;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    MessageSource messages;

    @BeforeEach
    void signIn() {
        SignIn.as(users, "beheer");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A file with two good lines (2 and 9) and every kind of bad line, each with its line number. */
    private static HistoryFile malformed() {
        return new HistoryFile()
                .youthCare("IMP-GOOD-1", BORN, "45A01", "Import test", "2015-01-01", "2015-03-31", 10)
                .raw("IMP-BAD;2010-05-05;JEUGDWET;45;45A01;Import test;;;2015-02-30;2015-03-31;;;1;DAY;PER_DAY;10;")
                .raw("IMP-BAD;2010-05-05;JEUGDWET;45;45A01;Import test;;;2015-03-31;2015-01-01;;;1;DAY;PER_DAY;10;")
                .raw("IMP-BAD;2010-05-05;JEUGDWET;45;45A01;Import test;;;2015-01-01;2015-03-31;;;1;LITRE;PER_DAY;10;")
                .raw(";2010-05-05;JEUGDWET;45;45A01;Import test;;;2015-01-01;2015-03-31;;;1;DAY;PER_DAY;10;")
                .raw("IMP-BAD;2010-05-05;JEUGDWET;45;45A01;Import test;;;2015-01-01;2015-03-31;;;;;;;12,3x")
                .raw("IMP-BAD;2010-05-05;JEUGDWET;45;45A01;Import test;;;2015-01-01;2015-03-31;;;1;DAY;PER_DAY")
                .raw("")
                .raw("\"IMP-GOOD-2\";05-05-2010;wmo;02;02A01;\"Thuis; en zo\";;;01-01-2015;;;;2,5;HOUR;PER_WEEK;64,00;");
    }

    @Test
    void reportsEveryBadLineWithItsNumberAndReasonAndLoadsTheGoodOnesWhenAsked() {
        ImportReport report = provisionImport.importCsv("malformed.csv", malformed().stream(), ImportMode.GOOD_LINES);

        assertThat(said(report)).containsExactly(
                "3: Kolom allocation_start: 2015-02-30 is geen datum (jjjj-mm-dd of dd-mm-jjjj)",
                "4: Kolom allocation_end ligt voor kolom allocation_start",
                "5: Onbekende eenheid LITRE (toegestaan: " + String.join(", ", ImportedProvision.UNITS) + ")",
                "6: Kolom client is leeg",
                "7: Kolom amount: vul een getal in zoals 12,5 (zonder e-notatie of punten voor duizendtallen)."
                        + " In het bestand: 12,3x",
                "8: Verwacht 17 kolommen, gevonden 15");
        assertThat(report).extracting(ImportReport::lines, ImportReport::loaded, ImportReport::alreadyLoaded,
                ImportReport::committed).containsExactly(8, 2, 0, true);
        // 2.5 hours a week at 64.00: 160 a week, 160 x 52 / 365 = 22.7945 a day; the quoted provider keeps its ";"
        assertThat(jdbc.sql("select law || ' ' || provider || ' ' || cost_per_day || ' ' || allocation_start"
                        + " from provision_history where client = 'IMP-GOOD-2'").query(String.class).single())
                .isEqualTo("WMO Thuis; en zo 22.7945 2015-01-01");
        assertThat(jdbc.sql("select lines || '/' || loaded || '/' || rejected || ' ' || imported_by"
                        + " from provision_import where file_name = 'malformed.csv'").query(String.class).single())
                .isEqualTo("8/2/6 beheer");
    }

    @Test
    void loadsNothingOfAFileWithABadLineWhenAllOrNothingIsAsked() {
        String client = "IMP-AON";
        HistoryFile file = new HistoryFile()
                .youthCare(client, BORN, "45A01", "Import test", "2015-01-01", "2015-03-31", 10)
                .raw(client + ";2010-05-05;JEUGDWET;45;45A01;Import test;;;2015-01-01;;;;;;;;1000");

        ImportReport report = provisionImport.importCsv("aon.csv", file.stream(), ImportMode.ALL_OR_NOTHING);

        // an amount for the whole allocation needs its end to be spread over its days
        assertThat(said(report)).containsExactly(
                "3: Een bedrag of totaal over de hele toewijzing vraagt een einddatum");
        assertThat(report).extracting(ImportReport::lines, ImportReport::loaded, ImportReport::committed)
                .containsExactly(2, 0, false);
        assertThat(historyOf(client)).isZero();
        assertThat(jdbc.sql("select count(*) from provision_import where file_name = 'aon.csv'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void loadsTheSameFileTwiceOnlyOnceAndARepeatedLineOnlyOnce() {
        String client = "IMP-TWICE";
        HistoryFile file = new HistoryFile()
                .youthCare(client, BORN, "45A01", "Import test", "2015-01-01", "2015-03-31", 10)
                .youthCare(client, BORN, "45A01", "Import test", "2015-04-01", "2015-06-30", 10)
                // the second line again, written another way: the same allocation
                .raw(" " + client + " ;05-05-2010;;45;45a01;Import test;;;01-04-2015;30-06-2015;;;1.00;day;per_day;10,0;");

        ImportReport first = provisionImport.importCsv("twice.csv", file.stream(), ImportMode.ALL_OR_NOTHING);
        ImportReport second = provisionImport.importCsv("twice.csv", file.stream(), ImportMode.ALL_OR_NOTHING);

        assertThat(first).extracting(ImportReport::lines, ImportReport::loaded, ImportReport::alreadyLoaded)
                .containsExactly(3, 2, 1);
        assertThat(second).extracting(ImportReport::lines, ImportReport::loaded, ImportReport::alreadyLoaded)
                .containsExactly(3, 0, 3);
        assertThat(historyOf(client)).isEqualTo(2);
    }

    @Test
    void theTemplatesExampleLineLoads() {
        String example = ProvisionImport.template().replace("999990019", "IMP-TEMPLATE");

        ImportReport report = provisionImport.importCsv("template.csv",
                new ByteArrayInputStream(example.getBytes(StandardCharsets.UTF_8)), ImportMode.ALL_OR_NOTHING);

        assertThat(report.problems()).isEmpty();
        assertThat(report.loaded()).isEqualTo(1);
        assertThat(historyOf("IMP-TEMPLATE")).isEqualTo(1);
    }

    @Test
    void refusesExponentsAndMoreDigitsThanTheColumnHoldsBeforeAnyArithmetic() {
        String start = "IMP-DIGITS;2010-05-05;JEUGDWET;45;45A01;Import test;;;2015-01-01;2015-03-31;;;";
        HistoryFile file = new HistoryFile()
                .raw(start + ";;;;1E-100000000")
                .raw(start + "12345678901;DAY;PER_DAY;10;")
                .raw(start + "1;DAY;PER_DAY;85,505;")
                .raw(start + "1;DAY;PER_DAY;-3;")
                .raw(start + "00001;DAY;PER_DAY;85.500;");

        ImportReport report = assertTimeout(Duration.ofSeconds(10),
                () -> provisionImport.importCsv("digits.csv", file.stream(), ImportMode.GOOD_LINES));

        assertThat(said(report)).containsExactly(
                "2: Kolom amount: vul een getal in zoals 12,5 (zonder e-notatie of punten voor duizendtallen)."
                        + " In het bestand: 1E-100000000",
                "3: Kolom volume: het getal is te groot (hoogstens 10 cijfers voor de komma)."
                        + " In het bestand: 12345678901",
                "4: Kolom tariff: gebruik hoogstens 2 cijfers na de komma. In het bestand: 85,505",
                "5: Kolom tariff: -3 is negatief");
        // leading and trailing zeros are no digits the column has to hold
        assertThat(report.loaded()).isEqualTo(1);
    }

    @Test
    void refusesDatesOutsideTheYears1900To2100AndNamesTheProblem() {
        String tail = ";;;1;DAY;PER_DAY;10;";
        HistoryFile file = new HistoryFile()
                .raw("IMP-DATE;2010-05-05;JEUGDWET;45;45A01;Import test;;;2015-01-01;31-12-9999" + tail)
                .raw("IMP-DATE;1899-12-31;JEUGDWET;45;45A01;Import test;;;2015-01-01;2015-03-31" + tail)
                .raw("IMP-DATE;2010-05-05;JEUGDWET;45;45A01;Import test;;;+10000-01-01;" + tail)
                .raw("IMP-DATE;2010-05-05;JEUGDWET;45;45A01;Import test;;;31-02-2015;2015-03-31" + tail);

        ImportReport report = provisionImport.importCsv("dates.csv", file.stream(), ImportMode.GOOD_LINES);

        assertThat(said(report)).containsExactly(
                "2: Kolom allocation_end: kies een datum tussen 1900 en 2100. In het bestand: 31-12-9999",
                "3: Kolom birth_date: kies een datum tussen 1900 en 2100. In het bestand: 1899-12-31",
                "4: Kolom allocation_start: kies een datum tussen 1900 en 2100. In het bestand: +10000-01-01",
                "5: Kolom allocation_start: 31-02-2015 is geen datum (jjjj-mm-dd of dd-mm-jjjj)");
    }

    @Test
    void refusesTextLongerThanItsColumnControlCharactersAndACostPerDayTheHistoryCannotHold() {
        String provider = "P".repeat(ReportingLimits.PROVIDER.maxLength());
        String line = "IMP-TEXT;2010-05-05;JEUGDWET;45;45A01;%s;;;2015-01-01;2015-03-31;;;%s;DAY;PER_DAY;%s;";
        HistoryFile file = new HistoryFile()
                .raw(line.formatted(provider + "\u00e9", "1", "10"))
                .raw(line.formatted("Import\ttest", "1", "10"))
                .raw(line.formatted("Import\u0085test", "1", "10"))
                .raw(line.formatted(provider, "9999999999", "9999999999"))
                // a character outside the basic plane is one character to the database, two in Java
                .raw(line.formatted("\uD83D\uDE00".repeat(ReportingLimits.PROVIDER.maxLength()), "1", "10"));

        ImportReport report = provisionImport.importCsv("text.csv", file.stream(), ImportMode.GOOD_LINES);

        // the value quoted in a reason is cut short, with its control characters made visible
        assertThat(said(report)).containsExactly(
                "2: Kolom provider: gebruik hoogstens 200 tekens. In het bestand: " + "P".repeat(64) + "\u2026",
                "3: Kolom provider bevat tekens die geen tekst zijn (zoals stuurtekens). Haal ze weg en probeer het"
                        + " opnieuw. In het bestand: Import\uFFFDtest",
                "4: Kolom provider bevat tekens die geen tekst zijn (zoals stuurtekens). Haal ze weg en probeer het"
                        + " opnieuw. In het bestand: Import\uFFFDtest",
                "5: De kosten per dag: het getal is te groot (hoogstens 10 cijfers voor de komma). Berekend uit deze"
                        + " regel: 99999999980000000001.0000 per dag.");
        assertThat(report.loaded()).isEqualTo(1);
    }

    @Test
    void refusesAFileThatIsNotUtf8TextAsAWholeWithoutReadingItsLines() {
        byte[] binary = new byte[64 * 1024];
        new Random(12).nextBytes(binary);
        byte[] latin1 = new HistoryFile().youthCare("IMP-CAF\u00c9", BORN, "45A01", "Caf\u00e9 de hulp", "2015-01-01",
                "2015-03-31", 10).text().getBytes(StandardCharsets.ISO_8859_1);
        byte[] withNul = new HistoryFile().youthCare("IMP-NUL\u0000", BORN, "45A01", "Import test", "2015-01-01",
                "2015-03-31", 10).text().getBytes(StandardCharsets.UTF_8);

        for (byte[] file : List.of(binary, latin1, withNul)) {
            assertThatThrownBy(() -> provisionImport.importCsv("not-text.csv", new ByteArrayInputStream(file),
                    ImportMode.GOOD_LINES))
                    .isInstanceOfSatisfying(ImportRefused.class, refused ->
                            assertThat(refused.messageKey()).isEqualTo("reporting.import.refused.not-text"));
        }
        assertThat(jdbc.sql("select count(*) from provision_import where file_name = 'not-text.csv'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void refusesAFileWithMoreBadLinesThanAnyHistoryAsAWhole() {
        byte[] file = "x\n".repeat(ProvisionImport.MAX_PROBLEMS + 1).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> provisionImport.importCsv("many.csv", new ByteArrayInputStream(file),
                ImportMode.GOOD_LINES))
                .isInstanceOfSatisfying(ImportRefused.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("reporting.import.refused.too-many-problems"));
        assertThat(jdbc.sql("select count(*) from provision_import where file_name = 'many.csv'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyAdministratorsAndManagersImport() {
        SignIn.as(users, "anna");

        assertThatThrownBy(() -> provisionImport.importCsv("x.csv", malformed().stream(), ImportMode.GOOD_LINES))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Each problem as the user reads it in Dutch: its line number and reason. */
    private List<String> said(ImportReport report) {
        return report.problems().stream()
                .map(problem -> problem.line() + ": " + messages.getMessage(problem.messageKey(),
                        problem.arguments().toArray(), Translations.DUTCH))
                .toList();
    }

    private long historyOf(String client) {
        return jdbc.sql("select count(*) from provision_history where client = :client").param("client", client)
                .query(Long.class).single();
    }
}
