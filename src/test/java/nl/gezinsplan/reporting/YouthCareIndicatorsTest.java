package nl.gezinsplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The youth-care indicators of DOMAIN.md section 5 on small hand-made histories, each in a year of its own long
 * before any other data (2001-2007), with the expected values worked out by hand beside them.
 */
@IntegrationTest
class YouthCareIndicatorsTest {

    private static final LocalDate BORN_2000 = LocalDate.of(2000, 1, 1);

    @Autowired
    AllocationImport allocationImport;

    @Autowired
    MonitorCalculation calculation;

    @Autowired
    Environment environment;

    @Autowired
    UserDetailsService users;

    MonitorSettings settings;

    @BeforeEach
    void signIn() {
        SignIn.as(users, "beheer");
        settings = MonitorSettings.from(environment);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void countsAllocationsWithOneDayBetweenThemOnceAndWithTwoDaysBetweenThemTwice() {
        load(new HistoryFile()
                // A: ends 31 Jan, next starts 2 Feb: one calendar day between them, one chain (Jan - Jun)
                .youthCare("Y2001-A", BORN_2000, "45A01", "Chain 2001", "2001-01-01", "2001-01-31", 10)
                .youthCare("Y2001-A", BORN_2000, "45A01", "Chain 2001", "2001-02-02", "2001-06-30", 10)
                // B: ends 31 Jan, next starts 3 Feb: two days between them, two chains (Jan, Feb - Jun)
                .youthCare("Y2001-B", BORN_2000, "45A01", "Chain 2001", "2001-01-01", "2001-01-31", 10)
                .youthCare("Y2001-B", BORN_2000, "45A01", "Chain 2001", "2001-02-03", "2001-06-30", 10));

        MonitorFigures figures = calculation.figures(Period.year(2001), settings);

        // chains: A(Jan-Jun), B1(Jan), B2(Feb-Jun) = 3; two youths
        assertThat(value(figures, Indicator.ALLOCATIONS)).isEqualByComparingTo("3");
        assertThat(value(figures, Indicator.YOUTH_IN_CARE)).isEqualByComparingTo("2");
        assertThat(value(figures, Indicator.INFLOW_NON_RESIDENTIAL)).isEqualByComparingTo("3");
        assertThat(value(figures, Indicator.OUTFLOW_NON_RESIDENTIAL)).isEqualByComparingTo("3");
        // A's second allocation joins A's chain as a later member: an extension; B2 starts a chain of its own
        assertThat(value(figures, Indicator.EXTENSIONS)).isEqualByComparingTo("1");
        assertThat(figures.extensions()).containsExactly(new ExtensionCount("Chain 2001", "45A01", 2001, 1, 1));
        // inflow: A and B1 in January, B2 in February; outflow: B1 in January, A and B2 in June
        assertThat(figures.flows()).hasSize(12);
        assertThat(figures.flows().get(0)).isEqualTo(new MonthlyFlow(YearMonth.of(2001, 1), 2, 1, 0, 0));
        assertThat(figures.flows().get(1)).isEqualTo(new MonthlyFlow(YearMonth.of(2001, 2), 1, 0, 0, 0));
        assertThat(figures.flows().get(5)).isEqualTo(new MonthlyFlow(YearMonth.of(2001, 6), 0, 2, 0, 0));
        // February alone: A and B2 are active (B1 ended in January): two chains, B2 flows in
        MonitorFigures february = calculation.figures(Period.month(YearMonth.of(2001, 2)), settings);
        assertThat(value(february, Indicator.ALLOCATIONS)).isEqualByComparingTo("2");
        assertThat(value(february, Indicator.INFLOW_NON_RESIDENTIAL)).isEqualByComparingTo("1");
        assertThat(value(february, Indicator.OUTFLOW_NON_RESIDENTIAL)).isEqualByComparingTo("0");
    }

    @Test
    void datesCareFirstAndFallsBackToTheAllocationDatesWhenCareDatesAreMissing() {
        load(new HistoryFile()
                // C: allocated from June 2001, but care starts 1 March 2002 (inflow March); no care end, so the
                // allocation end 31 December 2002 (outflow December)
                .line("Y2002-C", BORN_2000, "JEUGDWET", "45A01", "Dates 2002", "", "", "2001-06-01", "2002-12-31",
                        "2002-03-01", "", 10)
                // D: no care dates: allocation 1 May 2002 - 30 June 2003 (inflow May, no outflow in 2002)
                .line("Y2002-D", BORN_2000, "JEUGDWET", "45A01", "Dates 2002", "", "", "2002-05-01", "2003-06-30",
                        "", "", 10)
                // E: care ended 31 January 2002 though the allocation ran to the end of 2002 (outflow January)
                .line("Y2002-E", BORN_2000, "JEUGDWET", "45A01", "Dates 2002", "", "", "2001-01-01", "2002-12-31",
                        "2001-01-01", "2002-01-31", 10));

        MonitorFigures figures = calculation.figures(Period.year(2002), settings);

        assertThat(value(figures, Indicator.INFLOW_NON_RESIDENTIAL)).isEqualByComparingTo("2");
        assertThat(value(figures, Indicator.OUTFLOW_NON_RESIDENTIAL)).isEqualByComparingTo("2");
        assertThat(figures.flows().get(2).inflowNonResidential()).isEqualTo(1);
        assertThat(figures.flows().get(4).inflowNonResidential()).isEqualTo(1);
        assertThat(figures.flows().get(0).outflowNonResidential()).isEqualTo(1);
        assertThat(figures.flows().get(11).outflowNonResidential()).isEqualTo(1);
        // cost by active care days in 2002: C 1 Mar - 31 Dec = 306 days, D 1 May - 31 Dec = 245, E 31 days; x 10
        assertThat(value(figures, Indicator.SPENDING_TOTAL)).isEqualByComparingTo("5820");
        // February 2002: C has not started care, D starts in May, E ended in January
        MonitorFigures february = calculation.figures(Period.month(YearMonth.of(2002, 2)), settings);
        assertThat(value(february, Indicator.YOUTH_IN_CARE)).isEqualByComparingTo("0");
    }

    @Test
    void countsAYouthAged17AtTheAllocationStartAndNotOneAged18() {
        LocalDate born = LocalDate.of(1985, 6, 15);
        load(new HistoryFile()
                // F: allocation starts the day before the 18th birthday: 17, counted
                .youthCare("Y2003-F", born, "45A01", "Age 2003", "2003-06-14", "2003-12-31", 10)
                // G: allocation starts on the 18th birthday: 18, not counted
                .youthCare("Y2003-G", born, "45A01", "Age 2003", "2003-06-15", "2003-12-31", 10)
                // H: care started at 17 but the allocation at 18: the allocation's own start decides, not counted
                .line("Y2003-H", born, "JEUGDWET", "45A01", "Age 2003", "", "", "2003-06-16", "2003-12-31",
                        "2003-06-01", "", 10)
                // I: allocation at 17, care only from 18: counted
                .line("Y2003-I", born, "JEUGDWET", "45A01", "Age 2003", "", "", "2003-06-10", "2003-12-31",
                        "2003-07-01", "", 10));

        MonitorFigures figures = calculation.figures(Period.year(2003), settings);

        assertThat(value(figures, Indicator.YOUTH_IN_CARE)).isEqualByComparingTo("2");
        assertThat(value(figures, Indicator.ALLOCATIONS)).isEqualByComparingTo("2");
    }

    private void load(HistoryFile file) {
        ImportReport report = allocationImport.importCsv("test.csv", file.stream(), ImportMode.ALL_OR_NOTHING);
        assertThat(report.problems()).isEmpty();
        assertThat(report.committed()).isTrue();
    }

    static BigDecimal value(MonitorFigures figures, Indicator indicator) {
        return indicatorValue(figures, indicator).value();
    }

    static IndicatorValue indicatorValue(MonitorFigures figures, Indicator indicator) {
        List<IndicatorValue> found = figures.indicators().stream().filter(v -> v.indicator() == indicator).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
