package nl.gezinsplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.Law;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The youth-care indicators of DOMAIN.md section 5 on small hand-made histories, each in a year of its own long
 * before any other data (1993, 1997, 2001-2007, 2013, 2014, 2018), with the expected values worked out by hand beside
 * them.
 */
@IntegrationTest
class YouthCareIndicatorsTest {

    private static final LocalDate BORN_2000 = LocalDate.of(2000, 1, 1);
    private static final LocalDate BORN_2005 = LocalDate.of(2005, 1, 1);
    private static final LocalDate BORN_1985 = LocalDate.of(1985, 1, 1);

    @Autowired
    ProvisionImport provisionImport;

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
    void countsProvisionsWithOneDayBetweenThemOnceAndWithTwoDaysBetweenThemTwice() {
        load(new HistoryFile()
                // A: ends 31 Jan, next starts 2 Feb: one calendar day between them, one chain (Jan - Jun)
                .youthCare("Y2001-A", BORN_2000, "45A01", "Chain 2001", "2001-01-01", "2001-01-31", 10)
                .youthCare("Y2001-A", BORN_2000, "45A01", "Chain 2001", "2001-02-02", "2001-06-30", 10)
                // B: ends 31 Jan, next starts 3 Feb: two days between them, two chains (Jan, Feb - Jun)
                .youthCare("Y2001-B", BORN_2000, "45A01", "Chain 2001", "2001-01-01", "2001-01-31", 10)
                .youthCare("Y2001-B", BORN_2000, "45A01", "Chain 2001", "2001-02-03", "2001-06-30", 10));

        MonitorFigures figures = calculation.figures(Period.year(2001), settings);

        // chains: A(Jan-Jun), B1(Jan), B2(Feb-Jun) = 3; two youths
        assertThat(value(figures, Indicator.PROVISIONS)).isEqualByComparingTo("3");
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
        assertThat(value(february, Indicator.PROVISIONS)).isEqualByComparingTo("2");
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
        assertThat(value(figures, Indicator.PROVISIONS)).isEqualByComparingTo("2");
    }

    @Test
    void countsResidentialCareByCategory43And44AndProduct90002WithFosterCareApart() {
        LocalDate born = LocalDate.of(1995, 1, 1);
        settings = settings.withPopulation(2003, 1000);
        load(new HistoryFile()
                // J: category 43, 10 days at 300 = 3,000; heavy housing
                .line("Y2004-J", born, "JEUGDWET", "43A01", "Residential 2004", "GP", "Wijk 2004-1", "2004-01-01",
                        "2004-01-10", "", "", 300)
                // K: category 44 (not foster care), 5 days at 200 = 1,000; heavy
                .line("Y2004-K", born, "JEUGDWET", "44A04", "Residential 2004", "ACCESS_TEAM", "Wijk 2004-1",
                        "2004-02-01", "2004-02-05", "", "", 200)
                // L: product 90002 in category 90, 2 days at 400 = 800; heavy
                .line("Y2004-L", born, "JEUGDWET", "90002", "Residential 2004", "ACCESS_TEAM", "Wijk 2004-2",
                        "2004-03-01", "2004-03-02", "", "", 400)
                // M: foster care (category 44, a foster-care code), 10 days at 50 = 500; light housing ...
                .line("Y2004-M", born, "JEUGDWET", "44A01", "Foster 2004", "ACCESS_TEAM", "Wijk 2004-2", "2004-04-01",
                        "2004-04-10", "", "", 50)
                // ... and non-residential care, an amount of 400 over 4 days
                .raw("Y2004-M;1995-01-01;JEUGDWET;45;45A01;Ambulant 2004;GP;Wijk 2004-2;2004-05-01;2004-05-04;;;;;;;400")
                // N: only non-residential, 2 days at 125 = 250
                .line("Y2004-N", born, "JEUGDWET", "54A01", "Ambulant 2004", "GP", "", "2004-06-01", "2004-06-02",
                        "", "", 125));

        MonitorFigures year = calculation.figures(Period.year(2004), settings);

        // five youths; residential J, K, L, M (4); non-residential M, N (2); only non-residential N (1 of 5)
        assertThat(value(year, Indicator.YOUTH_IN_CARE)).isEqualByComparingTo("5");
        // of 1,000 residents aged 0-17 on 31 December 2003: 2 / 1000 = 0.2%, 4 / 1000 = 0.4%
        assertThat(value(year, Indicator.NON_RESIDENTIAL_YOUTH_SHARE)).isEqualByComparingTo("0.2");
        assertThat(value(year, Indicator.RESIDENTIAL_YOUTH_SHARE)).isEqualByComparingTo("0.4");
        assertThat(value(year, Indicator.ONLY_NON_RESIDENTIAL_SHARE)).isEqualByComparingTo("20.0");
        // spending 3,000 + 1,000 + 800 + 500 + 400 + 250 = 5,950; residential 5,300; non-residential 650
        assertThat(value(year, Indicator.SPENDING_TOTAL)).isEqualByComparingTo("5950");
        assertThat(value(year, Indicator.SPENDING_RESIDENTIAL)).isEqualByComparingTo("5300");
        assertThat(value(year, Indicator.SPENDING_NON_RESIDENTIAL)).isEqualByComparingTo("650");
        // per youth: 5,950 / 5 = 1,190; residential 5,300 / 4 = 1,325; foster 500 / 1; other 4,800 / 3 = 1,600
        assertThat(value(year, Indicator.COST_PER_YOUTH)).isEqualByComparingTo("1190");
        assertThat(value(year, Indicator.COST_PER_RESIDENTIAL_YOUTH)).isEqualByComparingTo("1325");
        assertThat(value(year, Indicator.COST_PER_FOSTER_CARE_YOUTH)).isEqualByComparingTo("500");
        assertThat(value(year, Indicator.COST_PER_OTHER_RESIDENTIAL_YOUTH)).isEqualByComparingTo("1600");
        // residential chains J, K, L, M all start and end in 2004; non-residential M and N
        assertThat(value(year, Indicator.INFLOW_RESIDENTIAL)).isEqualByComparingTo("4");
        assertThat(value(year, Indicator.OUTFLOW_RESIDENTIAL)).isEqualByComparingTo("4");
        assertThat(value(year, Indicator.INFLOW_NON_RESIDENTIAL)).isEqualByComparingTo("2");
        // housing: light M (foster care), heavy J, K, L: 1 of 4 = 25%, at least 20% is green
        assertThat(value(year, Indicator.LIGHT_HOUSING_SHARE)).isEqualByComparingTo("25.0");
        assertThat(indicatorValue(year, Indicator.LIGHT_HOUSING_SHARE).light()).isEqualTo(TrafficLight.GREEN);
        assertThat(value(year, Indicator.HEAVY_HOUSING_YOUTH)).isEqualByComparingTo("3");
        // 0.4% against the target of at most 1.8% (the 2024 baseline) is green; no target, no light
        IndicatorValue residential = indicatorValue(year, Indicator.RESIDENTIAL_YOUTH_SHARE);
        assertThat(residential.baseline2023()).isEqualByComparingTo("1.7");
        assertThat(residential.baseline2024()).isEqualByComparingTo("1.8");
        assertThat(residential.light()).isEqualTo(TrafficLight.GREEN);
        assertThat(indicatorValue(year, Indicator.ONLY_NON_RESIDENTIAL_SHARE).light()).isEqualTo(TrafficLight.NONE);

        // the first half year holds all of it: per youth per year is twice the half year's spending per youth
        MonitorFigures half = calculation.figures(Period.halfYear(2004, 1), settings);
        assertThat(value(half, Indicator.COST_PER_YOUTH)).isEqualByComparingTo("2380");

        assertThat(rows(year, Dimension.CATEGORY)).contains(
                new BreakdownRow("43", 1, 1, 1, 1, new BigDecimal("3000.00")),
                new BreakdownRow("44", 2, 2, 2, 2, new BigDecimal("1500.00")),
                new BreakdownRow("45", 1, 1, 1, 1, new BigDecimal("400.00")),
                new BreakdownRow("90", 1, 1, 1, 1, new BigDecimal("800.00")));
        assertThat(rows(year, Dimension.PROVIDER)).contains(
                new BreakdownRow("Ambulant 2004", 2, 2, 2, 2, new BigDecimal("650.00")));
        // referrers: GP brought J, M's ambulant care and N; the access team K, L and M's foster care
        assertThat(rows(year, Dimension.REFERRER)).containsExactlyInAnyOrder(
                new BreakdownRow("GP", 3, 3, 3, 3, new BigDecimal("3650.00")),
                new BreakdownRow("ACCESS_TEAM", 3, 3, 3, 3, new BigDecimal("2300.00")));
        assertThat(rows(year, Dimension.DISTRICT)).containsExactlyInAnyOrder(
                new BreakdownRow("Wijk 2004-1", 2, 2, 2, 2, new BigDecimal("4000.00")),
                new BreakdownRow("Wijk 2004-2", 2, 3, 3, 3, new BigDecimal("1700.00")),
                new BreakdownRow("", 1, 1, 1, 1, new BigDecimal("250.00")));
        assertThat(rows(year, Dimension.LAW)).containsExactly(
                new BreakdownRow("JEUGDWET", 5, 6, 6, 6, new BigDecimal("5950.00")));
    }

    @Test
    void countsAProductChangeOnTheFirstOfJanuaryAsOutflowAndInflowButARenewalOfTheSameProductAsOneChain() {
        load(new HistoryFile()
                // O: a tender moves the youth from 45A01 to 45A02 on 1 January 2006: two chains
                .youthCare("Y2005-O", BORN_2000, "45A01", "Tender 2005", "2005-01-01", "2005-12-31", 10)
                .youthCare("Y2005-O", BORN_2000, "45A02", "Tender 2005", "2006-01-01", "2006-06-30", 10)
                // P: the same product renewed on 1 January 2006: one chain running on, no outflow in December
                .youthCare("Y2005-P", BORN_2000, "45A01", "Tender 2005", "2005-01-01", "2005-12-31", 10)
                .youthCare("Y2005-P", BORN_2000, "45A01", "Tender 2005", "2006-01-01", "2006-12-31", 10));

        MonitorFigures in2005 = calculation.figures(Period.year(2005), settings);
        MonitorFigures in2006 = calculation.figures(Period.year(2006), settings);

        assertThat(value(in2005, Indicator.INFLOW_NON_RESIDENTIAL)).isEqualByComparingTo("2");
        assertThat(value(in2005, Indicator.OUTFLOW_NON_RESIDENTIAL)).isEqualByComparingTo("1");
        assertThat(in2005.flows().get(11).outflowNonResidential()).isEqualTo(1);
        // 2006: O's 45A02 flows in (January) and out (June), P's chain ends in December 2006; P's renewal extends
        assertThat(value(in2006, Indicator.INFLOW_NON_RESIDENTIAL)).isEqualByComparingTo("1");
        assertThat(in2006.flows().get(0).inflowNonResidential()).isEqualTo(1);
        assertThat(value(in2006, Indicator.OUTFLOW_NON_RESIDENTIAL)).isEqualByComparingTo("2");
        assertThat(value(in2006, Indicator.EXTENSIONS)).isEqualByComparingTo("1");
        assertThat(in2006.extensions()).containsExactly(new ExtensionCount("Tender 2005", "45A01", 2006, 1, 1));
        // behind a month of the flows: O's outflow in December, its inflow in January, nothing in March
        assertThat(historyBehind(MonitorQueries.FLOWS_BEHIND, Period.month(YearMonth.of(2005, 12)))).isOne();
        assertThat(historyBehind(MonitorQueries.FLOWS_BEHIND, Period.month(YearMonth.of(2006, 1)))).isOne();
        assertThat(historyBehind(MonitorQueries.FLOWS_BEHIND, Period.month(YearMonth.of(2006, 3)))).isZero();
    }

    @Test
    void measuresResidentialStaysWithoutFosterCareAndWhoMovesOnToFamilyBasedOrAmbulantCareWithinSixMonths() {
        load(new HistoryFile()
                // Q: residential 1 Sep 2006 - 31 Jan 2007 in two allocations with no day between them (one stay of
                // 30 + 31 + 30 + 31 + 31 = 153 days), then ambulant care from 10 February, within 31 days: moved on
                .youthCare("Y2007-Q", BORN_2000, "43A01", "Stay 2007", "2006-09-01", "2006-10-31", 300)
                .youthCare("Y2007-Q", BORN_2000, "43A01", "Stay 2007", "2006-11-01", "2007-01-31", 300)
                .youthCare("Y2007-Q", BORN_2000, "45A01", "Stay 2007", "2007-02-10", "2007-06-30", 30)
                // R: residential 1 Jan - 31 Oct 2007 (304 days): still there six months after the start
                .youthCare("Y2007-R", BORN_2000, "44A04", "Stay 2007", "2007-01-01", "2007-10-31", 200)
                // S: foster care, left out of both
                .youthCare("Y2007-S", BORN_2000, "44A01", "Stay 2007", "2007-01-01", "2007-03-31", 50)
                // T: residential 1 Mar - 31 May 2007 (92 days), left within six months but to no care
                .youthCare("Y2007-T", BORN_2000, "90002", "Stay 2007", "2007-03-01", "2007-05-31", 400));

        MonitorFigures figures = calculation.figures(Period.year(2007), settings);

        // stays ending in 2007 without foster care: Q 153, R 304, T 92 days: 549 / 3 = 183
        assertThat(value(figures, Indicator.RESIDENTIAL_DURATION)).isEqualByComparingTo("183");
        // six months after the start in 2007: Q (1 Mar), R (1 Jul), T (1 Sep); only Q moved on: 1 / 3 = 33.3%,
        // red against at least 50% (orange from 45%)
        IndicatorValue movedOn = indicatorValue(figures, Indicator.RESIDENTIAL_TO_FAMILY_OR_AMBULANT);
        assertThat(movedOn.value()).isEqualByComparingTo("33.3");
        assertThat(movedOn.target()).isEqualByComparingTo("50");
        assertThat(movedOn.light()).isEqualTo(TrafficLight.RED);
        // behind them imported history only: the three stays measured, the one moved on
        assertThat(historyBehind(Indicator.RESIDENTIAL_DURATION, 2007)).isEqualTo(3);
        assertThat(historyBehind(Indicator.RESIDENTIAL_TO_FAMILY_OR_AMBULANT, 2007)).isOne();
    }

    private long historyBehind(Indicator indicator, int year) {
        return historyBehind(MonitorQueries.FAMILIES_BEHIND.get(indicator), Period.year(year));
    }

    private long historyBehind(String statement, Period period) {
        MonitorCalculation.FamilyRows behind = calculation.familiesBehind(statement, Map.of(), period, settings);
        assertThat(behind.familyIds()).as("no family, history only").isEmpty();
        return behind.historyProvisions();
    }

    @Test
    void countsEachYouthOnceInTheLightHousingShareAlsoWhenTheyWereInBothForms() {
        load(new HistoryFile()
                // A: heavy housing in the first quarter, then light: one youth, light and housed
                .youthCare("Y2013-A", BORN_2000, "43A01", "Housing 2013", "2013-01-01", "2013-03-31", 300)
                .youthCare("Y2013-A", BORN_2000, "44A02", "Housing 2013", "2013-04-01", "2013-12-31", 150)
                // B: light only (foster care); C: heavy only
                .youthCare("Y2013-B", BORN_2000, "44A01", "Housing 2013", "2013-01-01", "2013-12-31", 50)
                .youthCare("Y2013-C", BORN_2000, "44A04", "Housing 2013", "2013-01-01", "2013-12-31", 200));

        MonitorFigures year = calculation.figures(Period.year(2013), settings);

        // light A and B of the housed A, B and C: 2 / 3 = 66.7% (counting A twice below the line would give 50%)
        assertThat(value(year, Indicator.LIGHT_HOUSING_SHARE)).isEqualByComparingTo("66.7");
        assertThat(value(year, Indicator.HEAVY_HOUSING_YOUTH)).isEqualByComparingTo("2");
    }

    @Test
    void countsAsMovedOnOnlyCareThatStartedWithinAMonthOfTheStaysEndNotCareThatRanBesideIt() {
        load(new HistoryFile()
                // U: ambulant care since before the stay, running on after it: not moved on
                .youthCare("Y2014-U", BORN_2000, "45A01", "Beside 2014", "2013-12-01", "2014-12-31", 30)
                .youthCare("Y2014-U", BORN_2000, "43A01", "Beside 2014", "2014-01-01", "2014-04-30", 300)
                // V: ambulant care from 10 April, 20 days before the stay ends on 30 April: moved on
                .youthCare("Y2014-V", BORN_2000, "43A01", "Beside 2014", "2014-01-01", "2014-04-30", 300)
                .youthCare("Y2014-V", BORN_2000, "45A01", "Beside 2014", "2014-04-10", "2014-09-30", 30)
                // W: ambulant care from 15 February, early in a stay ending on 31 May (more than 31 days): not
                .youthCare("Y2014-W", BORN_2000, "43A01", "Beside 2014", "2014-02-01", "2014-05-31", 300)
                .youthCare("Y2014-W", BORN_2000, "45A01", "Beside 2014", "2014-02-15", "2014-12-31", 30));

        MonitorFigures year = calculation.figures(Period.year(2014), settings);

        // six months after the start in 2014: U and V (1 July), W (1 August), each ended within them; V only: 33.3%
        assertThat(value(year, Indicator.RESIDENTIAL_TO_FAMILY_OR_AMBULANT)).isEqualByComparingTo("33.3");
    }

    @Test
    void countsAsRepeatInflowNewCareWithinTwelveMonthsAfterAnEarlierChainEndedNotAChangeOfProduct() {
        load(new HistoryFile()
                // A: care ended 31 March 2017, new care from 1 February 2018 (ten months later): repeat inflow
                .youthCare("Y2018-A", BORN_2005, "45A01", "Again 2018", "2016-10-01", "2017-03-31", 30)
                .youthCare("Y2018-A", BORN_2005, "45A02", "Again 2018", "2018-02-01", "2018-06-30", 30)
                // B: care ended 31 December 2016, new care from 1 March 2018 (fourteen months later): not
                .youthCare("Y2018-B", BORN_2005, "45A01", "Again 2018", "2016-01-01", "2016-12-31", 30)
                .youthCare("Y2018-B", BORN_2005, "45A02", "Again 2018", "2018-03-01", "2018-06-30", 30)
                // C: a new product from 1 January 2018, the old one ended 31 December 2017: a change, not new care
                .youthCare("Y2018-C", BORN_2005, "45A01", "Again 2018", "2017-01-01", "2017-12-31", 30)
                .youthCare("Y2018-C", BORN_2005, "45A02", "Again 2018", "2018-01-01", "2018-06-30", 30)
                // D: first care ever
                .youthCare("Y2018-D", BORN_2005, "45A01", "Again 2018", "2018-04-01", "2018-06-30", 30));

        MonitorFigures year = calculation.figures(Period.year(2018), settings);

        // chains starting in 2018: A, B, C, D; repeat: A: 1 of 4
        assertThat(value(year, Indicator.REPEAT_INFLOW)).isEqualByComparingTo("25.0");
        assertThat(indicatorValue(year, Indicator.REPEAT_INFLOW).light()).isEqualTo(TrafficLight.NONE);
        assertThat(historyBehind(Indicator.REPEAT_INFLOW, 2018)).isOne();
    }

    @Test
    void measuresCareLongerThanAgreedPerProviderAndProductAndThePersonalBudgetShare() {
        load(new HistoryFile()
                // A: 45A01 (agreed: 12 months) from 1 March 1996, extended from 1 January 1997 with another provider
                // until 30 June 1997: twelve months were up on 1 March 1997, so longer than agreed, with the new one
                .youthCare("Y1997-A", BORN_1985, "45A01", "Duur 1997", "1996-03-01", "1996-12-31", 10)
                .youthCare("Y1997-A", BORN_1985, "45A01", "Verlenging 1997", "1997-01-01", "1997-06-30", 10)
                // B: from 1 February 1997 to the end of the year: eleven months, within what was agreed
                .youthCare("Y1997-B", BORN_1985, "45A01", "Duur 1997", "1997-02-01", "1997-12-31", 10)
                // C: ended before 1997: not counted
                .youthCare("Y1997-C", BORN_1985, "45A01", "Duur 1997", "1995-01-01", "1996-12-31", 10)
                // D: from 1 June 1996 until 31 January 1998; by the period's end it had run 19 months: longer
                .youthCare("Y1997-D", BORN_1985, "45A01", "Duur 1997", "1996-06-01", "1998-01-31", 10)
                // E: a personal budget (45P01, agreed 12 months) for three months
                .youthCare("Y1997-E", BORN_1985, "45P01", "Duur 1997", "1997-01-01", "1997-03-31", 20)
                // F: foster care has no agreed maximum
                .youthCare("Y1997-F", BORN_1985, "44A01", "Duur 1997", "1997-01-01", "1997-12-31", 10));

        MonitorFigures year = calculation.figures(Period.year(1997), settings);

        assertThat(year.agreedDurations()).filteredOn(duration -> duration.law() == Law.JEUGDWET).containsExactly(
                new AgreedDuration(Law.JEUGDWET, "Duur 1997", "45A01", 12, 2, 1, new BigDecimal("50.0")),
                new AgreedDuration(Law.JEUGDWET, "Verlenging 1997", "45A01", 12, 1, 1, new BigDecimal("100.0")),
                new AgreedDuration(Law.JEUGDWET, "Duur 1997", "45P01", 12, 1, 0, new BigDecimal("0.0")));
        // active in 1997: A's extension, B, D, E, F = 5, of which E a personal budget (20.0%); cost in 1997:
        // A 181 x 10 + B 334 x 10 + D 365 x 10 + E 90 x 20 + F 365 x 10 = 14,250, E's 1,800 of it 12.6%; history
        // says nothing of contracts
        assertThat(year.contracts()).filteredOn(use -> use.law() == Law.JEUGDWET).containsExactly(
                new ContractUse(Law.JEUGDWET, 5, 1, new BigDecimal("20.0"), new BigDecimal("14250.00"),
                        new BigDecimal("12.6"), 0, 0, null));
        // the rows behind the numbers that count provisions are as many as the number: here all history, no family
        for (Indicator counted : List.of(Indicator.EXTENSIONS, Indicator.INFLOW_NON_RESIDENTIAL,
                Indicator.OUTFLOW_NON_RESIDENTIAL, Indicator.INFLOW_RESIDENTIAL, Indicator.OUTFLOW_RESIDENTIAL)) {
            MonitorCalculation.FamilyRows behind = calculation.familiesBehind(MonitorQueries.FAMILIES_BEHIND.get(counted),
                    Map.of(), Period.year(1997), settings);
            assertThat(behind.familyIds()).as(counted.name()).isEmpty();
            assertThat(BigDecimal.valueOf(behind.historyProvisions())).as(counted.name())
                    .isEqualByComparingTo(value(year, counted));
        }
        assertThat(value(year, Indicator.EXTENSIONS)).isEqualByComparingTo("1");
        assertThat(value(year, Indicator.INFLOW_NON_RESIDENTIAL)).isEqualByComparingTo("2");
        // in March alone A had run longer (from 1 March), D not yet (from 1 June)
        assertThat(calculation.figures(Period.month(YearMonth.of(1997, 3)), settings).agreedDurations())
                .filteredOn(duration -> duration.law() == Law.JEUGDWET).extracting(AgreedDuration::provider, AgreedDuration::productCode, AgreedDuration::longer)
                .containsExactly(tuple("Verlenging 1997", "45A01", 1L), tuple("Duur 1997", "45A01", 0L),
                        tuple("Duur 1997", "45P01", 0L));
    }

    @Test
    void setsTheExtensionsAgainstFortyPercentFewerThanTheBaseYearForThePeriodsShareOfAYear() {
        BigDecimal baseYear = settings.baseline2023().get(Indicator.EXTENSIONS);
        assertThat(baseYear).isNotNull();
        load(new HistoryFile()
                // extended from 1 May 1993: one extension in May
                .youthCare("Y1993-A", BORN_1985, "45A02", "Verlengd 1993", "1993-01-01", "1993-04-30", 10)
                .youthCare("Y1993-A", BORN_1985, "45A02", "Verlengd 1993", "1993-05-01", "1993-08-31", 10));

        IndicatorValue year = indicatorValue(calculation.figures(Period.year(1993), settings), Indicator.EXTENSIONS);
        IndicatorValue may = indicatorValue(calculation.figures(Period.month(YearMonth.of(1993, 5)), settings),
                Indicator.EXTENSIONS);

        assertThat(year.target()).isEqualByComparingTo(baseYear.multiply(new BigDecimal("0.6"))
                .setScale(0, RoundingMode.HALF_UP));
        assertThat(may.target()).isEqualByComparingTo(baseYear.multiply(new BigDecimal("0.05"))
                .setScale(0, RoundingMode.HALF_UP));
        assertThat(may.value()).isEqualByComparingTo("1");
        // the families behind the line of the extensions: one provision of history, no family
        assertThat(calculation.figures(Period.year(1993), settings).extensions())
                .containsExactly(new ExtensionCount("Verlengd 1993", "45A02", 1993, 2, 1));
        MonitorCalculation.FamilyRows behind = calculation.familiesBehind(MonitorQueries.EXTENSIONS_BEHIND, Map.of("provider",
                "Verlengd 1993", "product", "45A02", "year", 1993, "quarter", 2), Period.year(1993), settings);
        assertThat(behind.familyIds()).isEmpty();
        assertThat(behind.historyProvisions()).isOne();
        assertThat(may.light()).isEqualTo(may.target().compareTo(BigDecimal.ONE) >= 0 ? TrafficLight.GREEN
                : TrafficLight.RED);
        // ten times the target for May is red
        assertThat(MonitorCalculation.light(Indicator.EXTENSIONS, may.target().multiply(BigDecimal.TEN), may.target(),
                settings.orangeMargin())).isEqualTo(TrafficLight.RED);
    }

    private static List<BreakdownRow> rows(MonitorFigures figures, Dimension dimension) {
        return figures.breakdowns().stream().filter(breakdown -> breakdown.dimension() == dimension).findFirst()
                .orElseThrow().rows();
    }

    private void load(HistoryFile file) {
        ImportReport report = provisionImport.importCsv("test.csv", file.stream(), ImportMode.ALL_OR_NOTHING);
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
