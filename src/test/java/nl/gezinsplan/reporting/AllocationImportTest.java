package nl.gezinsplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class AllocationImportTest {

    private static final LocalDate BORN = LocalDate.of(2010, 5, 5);

    @Autowired
    AllocationImport allocationImport;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

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
        ImportReport report = allocationImport.importCsv("malformed.csv", malformed().stream(), ImportMode.GOOD_LINES);

        assertThat(report.problems()).containsExactly(
                new ImportProblem(3, "reporting.import.problem.date", List.of("allocation_start", "2015-02-30")),
                new ImportProblem(4, "reporting.import.problem.end-before-start",
                        List.of("allocation_end", "allocation_start")),
                new ImportProblem(5, "reporting.import.problem.unit",
                        List.of("LITRE", String.join(", ", ImportedAllocation.UNITS))),
                new ImportProblem(6, "reporting.import.problem.missing", List.of("client")),
                new ImportProblem(7, "reporting.import.problem.number", List.of("amount", "12,3x")),
                new ImportProblem(8, "reporting.import.problem.columns", List.of("17", "15")));
        assertThat(report).extracting(ImportReport::lines, ImportReport::loaded, ImportReport::alreadyLoaded,
                ImportReport::committed).containsExactly(8, 2, 0, true);
        // 2.5 hours a week at 64.00: 160 a week, 160 x 52 / 365 = 22.7945 a day; the quoted provider keeps its ";"
        assertThat(jdbc.sql("select law || ' ' || provider || ' ' || cost_per_day || ' ' || allocation_start"
                        + " from allocation_history where client = 'IMP-GOOD-2'").query(String.class).single())
                .isEqualTo("WMO Thuis; en zo 22.7945 2015-01-01");
        assertThat(jdbc.sql("select lines || '/' || loaded || '/' || rejected || ' ' || imported_by"
                        + " from allocation_import where file_name = 'malformed.csv'").query(String.class).single())
                .isEqualTo("8/2/6 beheer");
    }

    @Test
    void loadsNothingOfAFileWithABadLineWhenAllOrNothingIsAsked() {
        String client = "IMP-AON";
        HistoryFile file = new HistoryFile()
                .youthCare(client, BORN, "45A01", "Import test", "2015-01-01", "2015-03-31", 10)
                .raw(client + ";2010-05-05;JEUGDWET;45;45A01;Import test;;;2015-01-01;;;;;;;;1000");

        ImportReport report = allocationImport.importCsv("aon.csv", file.stream(), ImportMode.ALL_OR_NOTHING);

        // an amount for the whole allocation needs its end to be spread over its days
        assertThat(report.problems()).containsExactly(
                new ImportProblem(3, "reporting.import.problem.end-needed", List.of()));
        assertThat(report).extracting(ImportReport::lines, ImportReport::loaded, ImportReport::committed)
                .containsExactly(2, 0, false);
        assertThat(historyOf(client)).isZero();
        assertThat(jdbc.sql("select count(*) from allocation_import where file_name = 'aon.csv'").query(Long.class)
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

        ImportReport first = allocationImport.importCsv("twice.csv", file.stream(), ImportMode.ALL_OR_NOTHING);
        ImportReport second = allocationImport.importCsv("twice.csv", file.stream(), ImportMode.ALL_OR_NOTHING);

        assertThat(first).extracting(ImportReport::lines, ImportReport::loaded, ImportReport::alreadyLoaded)
                .containsExactly(3, 2, 1);
        assertThat(second).extracting(ImportReport::lines, ImportReport::loaded, ImportReport::alreadyLoaded)
                .containsExactly(3, 0, 3);
        assertThat(historyOf(client)).isEqualTo(2);
    }

    @Test
    void theTemplatesExampleLineLoads() {
        String example = AllocationImport.template().replace("999990019", "IMP-TEMPLATE");

        ImportReport report = allocationImport.importCsv("template.csv",
                new ByteArrayInputStream(example.getBytes(StandardCharsets.UTF_8)), ImportMode.ALL_OR_NOTHING);

        assertThat(report.problems()).isEmpty();
        assertThat(report.loaded()).isEqualTo(1);
        assertThat(historyOf("IMP-TEMPLATE")).isEqualTo(1);
    }

    @Test
    void onlyAdministratorsAndManagersImport() {
        SignIn.as(users, "anna");

        assertThatThrownBy(() -> allocationImport.importCsv("x.csv", malformed().stream(), ImportMode.GOOD_LINES))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long historyOf(String client) {
        return jdbc.sql("select count(*) from allocation_history where client = :client").param("client", client)
                .query(Long.class).single();
    }
}
