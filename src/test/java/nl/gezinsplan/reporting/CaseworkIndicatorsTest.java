package nl.gezinsplan.reporting;

import static nl.gezinsplan.reporting.YouthCareIndicatorsTest.indicatorValue;
import static nl.gezinsplan.reporting.YouthCareIndicatorsTest.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.TestClock;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.OutflowReason;
import nl.gezinsplan.casework.RequestSteps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The indicators that read Gezinsplan's own records (provisions, requests, meetings, contact persons, plans), the
 * outflow reasons and the budget use per law, on families and requests made for the test in years long before any
 * other data (1999, 2003, 2005, 2008, 2009), with the expected values worked out by hand.
 */
@IntegrationTest
class CaseworkIndicatorsTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MonitorCalculation calculation;

    @Autowired
    ProvisionImport provisionImport;

    @Autowired
    Environment environment;

    @Autowired
    UserDetailsService users;

    @Autowired
    RequestSteps steps;

    @Autowired
    TestClock clock;

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
    void measuresPerspectiveTalksFamiliesAndLeadTimesFromGezinsplansOwnRecords() {
        // family 1: youths Y1 (18 on 1 Mar 2008, talk in Dec 2007) and Y2 (18 on 1 Aug 2008, no talk); a parent with
        // Wmo care: two laws; a current contact person; a plan with three professionals (and one from the network)
        long family1 = family("Monitor 2008-1");
        long y1 = person(family1, LocalDate.of(1990, 3, 1));
        long y2 = person(family1, LocalDate.of(1990, 8, 1));
        long parent1 = person(family1, LocalDate.of(1965, 1, 1));
        provision(family1, y1, "45A01", "2008-01-01", "2008-12-31", null);
        provision(family1, y2, "45A01", "2008-01-01", "2008-12-31", null);
        provision(family1, parent1, "01A01", "2008-01-01", "2008-12-31", null);
        perspectiveTalk(family1, y1, "2007-12-01");
        contactPerson(family1, "2007-01-01", null);
        plan(family1, 1, "2007-06-01", 3);

        // family 2: youth Y3 (16.5 on 1 Sep 2007, 18 in 2009; talk in May 2008); a parent with Wmo and
        // Participatiewet care: three laws; the contact person left on 30 June 2008; the plan's second version (March
        // 2008) has two professionals, the first had one
        long family2 = family("Monitor 2008-2");
        long y3 = person(family2, LocalDate.of(1991, 3, 1));
        long parent2 = person(family2, LocalDate.of(1966, 1, 1));
        provision(family2, y3, "45A02", "2008-01-01", "2008-12-31", null);
        provision(family2, parent2, "02A01", "2008-01-01", "2008-12-31", null);
        provision(family2, parent2, "PW01", "2008-01-01", "2008-12-31", null);
        perspectiveTalk(family2, y3, "2008-05-01");
        contactPerson(family2, "2007-01-01", "2008-06-30");
        plan(family2, 1, "2007-06-01", 1);
        plan(family2, 2, "2008-03-01", 2);

        // family 3: Y5 (16.5 on 15 Jul 2007, 18 in 2009, no talk), Y6 (18 on 1 Oct 2008, talk only after, on 5 Oct),
        // Y4 (16 in December 2008: too young); youth care only; no contact person, no plan. Y5's care of 2007 was
        // extended on a request from 1 March 2008, with more than a day between: an extension all the same
        long family3 = family("Monitor 2008-3");
        long y5 = person(family3, LocalDate.of(1991, 1, 15));
        long y6 = person(family3, LocalDate.of(1990, 10, 1));
        long y4 = person(family3, LocalDate.of(1992, 12, 1));
        long earlier = provision(family3, y5, "45A03", "2007-01-01", "2007-12-31", null);
        long extension = request(family3, y5, Law.JEUGDWET, "2008-01-15", null, "2008-02-20", earlier);
        provision(family3, y5, "45A03", "2008-03-01", "2008-12-31", extension);
        provision(family3, y6, "45A01", "2008-01-01", "2008-12-31", null);
        provision(family3, y4, "45A01", "2008-01-01", "2008-12-31", null);
        perspectiveTalk(family3, y6, "2008-10-05");

        // decisions in 2008: Jeugdwet in 56 days (within 8 weeks) and in 57 days (not), Wmo 14 days after the
        // application (within 2 weeks; 45 days after the request) and 19 days after a request without a known
        // application (not); Participatiewet 49 days after the application (within 8 weeks; 80 days after the
        // request); plus the extension request above, 36 days (within)
        request(family1, y1, Law.JEUGDWET, "2008-01-01", null, "2008-02-26", null);
        request(family1, y2, Law.JEUGDWET, "2008-01-01", null, "2008-02-27", null);
        request(family1, parent1, Law.WMO, "2008-03-01", "2008-04-01", "2008-04-15", null);
        request(family2, parent2, Law.WMO, "2008-03-01", null, "2008-03-20", null);
        request(family2, parent2, Law.PARTICIPATIEWET, "2008-03-01", "2008-04-01", "2008-05-20", null);

        MonitorFigures figures = calculation.figures(Period.year(2008), settings);

        // 16.5 or older and not yet 18 on 31 Dec 2008: Y3 (talk) and Y5 (none): 50%
        assertThat(value(figures, Indicator.PERSPECTIVE_TALK_AT_16_5)).isEqualByComparingTo("50.0");
        // turning 18 in 2008: Y1 (talk before), Y2 (none), Y6 (talk after the birthday): 1 of 3
        assertThat(value(figures, Indicator.PERSPECTIVE_TALK_BEFORE_18)).isEqualByComparingTo("33.3");
        // families with care in 2008: three; a contact person on 31 Dec 2008: family 1 only
        assertThat(value(figures, Indicator.FAMILIES_WITH_CONTACT_PERSON)).isEqualByComparingTo("33.3");
        // professionals in the latest plan, families with a plan: (3 + 2) / 2
        assertThat(value(figures, Indicator.PROFESSIONALS_PER_FAMILY)).isEqualByComparingTo("2.5");
        assertThat(value(figures, Indicator.FAMILIES_TWO_LAWS)).isEqualByComparingTo("1");
        assertThat(value(figures, Indicator.FAMILIES_THREE_LAWS)).isEqualByComparingTo("1");
        // lead time (56 + 57 + 45 + 19 + 80 + 36) / 6 = 48.8 days; within the term 4 of 6 = 66.7%, red against 100%
        assertThat(value(figures, Indicator.LEAD_TIME)).isEqualByComparingTo("48.8");
        IndicatorValue withinTerm = indicatorValue(figures, Indicator.WITHIN_STATUTORY_TERM);
        assertThat(withinTerm.value()).isEqualByComparingTo("66.7");
        assertThat(withinTerm.light()).isEqualTo(TrafficLight.RED);
        assertThat(value(figures, Indicator.EXTENSIONS)).isEqualByComparingTo("1");
        // per law: youth care for Y1, Y2, Y3, Y5, Y6, Y4 (six provisions in 2008, Y5's of 2007 ended); Wmo for the
        // two parents; Participatiewet for one. Provisions per week at 1 x tariff: 52 / 365 a day
        assertThat(figures.laws()).extracting(LawFigures::law, LawFigures::clients, LawFigures::provisions)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Law.JEUGDWET, 6L, 6L),
                        org.assertj.core.groups.Tuple.tuple(Law.WMO, 2L, 2L),
                        org.assertj.core.groups.Tuple.tuple(Law.PARTICIPATIEWET, 1L, 1L));
        // PW01 at 1,335.00 per week for the 366 days of 2008: 1,335 x 52 / 365 x 366 = 69,610.19
        assertThat(figures.laws().get(2).cost()).isEqualByComparingTo("69610.19");
    }

    @Test
    void countsLeadTimesWithoutTheSuspendedDaysAndWithinTheExtendedTerm() {
        long family = family("Monitor 2005");
        long child = person(family, LocalDate.of(1995, 1, 1));
        // Jeugdwet in 63 days, of which 7 suspended: 56, within 8 weeks
        long suspended = request(family, child, Law.JEUGDWET, "2005-01-01", null, "2005-03-05", null);
        suspension(suspended, "2005-01-10", "2005-01-17");
        // Wmo without a known application in 35 days, its term extended from 15 March to 10 April: within
        long extended = request(family, child, Law.WMO, "2005-03-01", null, "2005-04-05", null);
        jdbc.sql("""
                        insert into term_extension (request_id, reason, previous_due, extended_to, extended_by,
                            extended_at) values (:id, 'Advies nodig', '2005-03-15', '2005-04-10', 'test', '2005-03-10')""")
                .param("id", extended).update();
        // Jeugdwet in 61 days, nothing suspended or extended: late
        request(family, child, Law.JEUGDWET, "2005-06-01", null, "2005-08-01", null);

        MonitorFigures figures = calculation.figures(Period.year(2005), settings);

        // (56 + 35 + 61) / 3 = 50.7 days; within the term 2 of 3
        assertThat(value(figures, Indicator.LEAD_TIME)).isEqualByComparingTo("50.7");
        assertThat(value(figures, Indicator.WITHIN_STATUTORY_TERM)).isEqualByComparingTo("66.7");
    }

    @Test
    void countsLeadTimesWithoutTheDaysAWithdrawnRequestWasClosedBeforeItWasReopened() {
        long family = family("Monitor 2003");
        long child = person(family, LocalDate.of(1993, 1, 1));
        // Jeugdwet, requested 1 January, withdrawn 20 January, reopened by a manager 9 February: 20 days closed
        long reopened = jdbc.sql("""
                        insert into request (family_id, person_id, law, referrer, urgency, requested_on, status,
                            closed_on, closed_by, closed_at, registered_by, registered_at, version)
                        values (:family, :person, 'JEUGDWET', 'ACCESS_TEAM', 'NORMAL', '2003-01-01', 'WITHDRAWN',
                            '2003-01-20', 'anna', '2003-01-20 10:00', 'test', now(), 0)
                        returning id""")
                .param("family", family).param("person", child).query(Long.class).single();
        // the youth team's manager may open the family: its request is still within the time to reopen it
        jdbc.sql("insert into family_team (family_id, team_code) values (:family, :team)")
                .param("family", family).param("team", Law.JEUGDWET.teamCode()).update();
        clock.moveTo(LocalDate.of(2003, 2, 9));
        try {
            SignIn.as(users, "marieke");
            assertThat(steps.reopen(reopened)).isEqualTo(20);
        } finally {
            clock.reset();
            SignIn.as(users, "beheer");
        }
        // decided 15 March: 73 days, of which 20 closed: 53, within the 8 weeks (56 days) of the Jeugdwet
        jdbc.sql("update request set status = 'GRANTED', decided_on = '2003-03-15' where id = :id")
                .param("id", reopened).update();

        MonitorFigures figures = calculation.figures(Period.year(2003), settings);

        assertThat(value(figures, Indicator.LEAD_TIME)).isEqualByComparingTo("53.0");
        assertThat(value(figures, Indicator.WITHIN_STATUTORY_TERM)).isEqualByComparingTo("100.0");
    }

    private void suspension(long request, String from, String to) {
        jdbc.sql("""
                        insert into term_suspension (request_id, reason, asked, until_date, started_on, started_by,
                            started_at, ended_on, ended_by, ended_at, ended_how)
                        values (:request, 'Verslag nodig', 'Het verslag', :to, :from, 'test', :from, :to, 'test', :to,
                            'FAMILY')""")
                .param("request", request).param("from", LocalDate.parse(from)).param("to", LocalDate.parse(to))
                .update();
    }

    @Test
    void warnsBeforeALawsBudgetCeilingIsReachedAndShowsRedOverIt() {
        // a Wmo allocation all of 2009 at 100 a day: 36,500 in the year
        ImportReport report = provisionImport.importCsv("budget.csv", new HistoryFile()
                .line("B2009-W", LocalDate.of(1950, 1, 1), "WMO", "02A01", "Budget 2009", "", "", "2009-01-01",
                        "2009-12-31", "", "", 100).stream(), ImportMode.ALL_OR_NOTHING);
        assertThat(report.loaded()).isEqualTo(1);

        // 36,500 of 50,000 = 73%: green; of 40,000 = 91.3%: orange (from 90%); of 36,000: over it, red. Any period
        // of 2009 judges the whole year
        assertThat(wmoBudget(Period.year(2009), 50_000)).isEqualTo(
                new BudgetLine(Law.WMO, new BigDecimal("36500.00"), new BigDecimal("50000"), new BigDecimal("73.0"),
                        TrafficLight.GREEN));
        assertThat(wmoBudget(Period.quarter(2009, 1), 40_000).light()).isEqualTo(TrafficLight.ORANGE);
        assertThat(wmoBudget(Period.quarter(2009, 1), 40_000).share()).isEqualByComparingTo("91.3");
        assertThat(wmoBudget(Period.year(2009), 36_000).light()).isEqualTo(TrafficLight.RED);
    }

    @Test
    void countsTheOutflowReasonsOfProvisionsEndingInThePeriodPerLawWithTheirShares() {
        EndedProvisions provisions = new EndedProvisions(jdbc);
        // Jeugdwet, care ended in 1999: twice no follow-up needed, once scaled down; one of them allocated into 2000
        provisions.ended("45A01", "1999-01-01", "1999-03-31", "1999-03-31", OutflowReason.NO_FOLLOW_UP);
        provisions.ended("45A01", "1999-02-01", "2000-06-30", "1999-08-15", OutflowReason.NO_FOLLOW_UP);
        provisions.ended("45A01", "1999-03-01", "1999-12-31", "1999-12-31", OutflowReason.SCALED_DOWN);
        // Wmo: once scaled up
        provisions.ended("01A01", "1999-01-01", "1999-06-30", "1999-06-30", OutflowReason.SCALED_UP);
        // not counted: stopped early without a reason, and care that ended just after 1999
        provisions.ended("45A01", "1999-01-01", "1999-12-31", "1999-05-01", null);
        provisions.ended("45A01", "1999-06-01", "2000-01-01", "2000-01-01", OutflowReason.SCALED_UP);

        MonitorFigures year = calculation.figures(Period.year(1999), settings);

        // per law every reason, its count and its share of the law's; no line for a law without any
        assertThat(year.outflowReasons()).containsExactly(
                new OutflowReasonCount(Law.JEUGDWET, OutflowReason.NO_FOLLOW_UP, 2, new BigDecimal("66.7")),
                new OutflowReasonCount(Law.JEUGDWET, OutflowReason.SCALED_DOWN, 1, new BigDecimal("33.3")),
                new OutflowReasonCount(Law.JEUGDWET, OutflowReason.SCALED_UP, 0, new BigDecimal("0.0")),
                new OutflowReasonCount(Law.WMO, OutflowReason.NO_FOLLOW_UP, 0, new BigDecimal("0.0")),
                new OutflowReasonCount(Law.WMO, OutflowReason.SCALED_DOWN, 0, new BigDecimal("0.0")),
                new OutflowReasonCount(Law.WMO, OutflowReason.SCALED_UP, 1, new BigDecimal("100.0")));
        // the first quarter: only the Jeugdwet provision whose care ended on 31 March
        assertThat(calculation.figures(Period.quarter(1999, 1), settings).outflowReasons())
                .extracting(OutflowReasonCount::law, OutflowReasonCount::reason, OutflowReasonCount::provisions)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Law.JEUGDWET, OutflowReason.NO_FOLLOW_UP, 1L),
                        org.assertj.core.groups.Tuple.tuple(Law.JEUGDWET, OutflowReason.SCALED_DOWN, 0L),
                        org.assertj.core.groups.Tuple.tuple(Law.JEUGDWET, OutflowReason.SCALED_UP, 0L));
    }

    private BudgetLine wmoBudget(Period period, long ceiling) {
        return calculation.figures(period, settings.withCeiling(Law.WMO, BigDecimal.valueOf(ceiling))).budgets()
                .stream().filter(line -> line.law() == Law.WMO).findFirst().orElseThrow();
    }

    private long family(String name) {
        return jdbc.sql("insert into family (name, district, created_at, version) values (:name, 'Test', now(), 0)"
                + " returning id").param("name", name).query(Long.class).single();
    }

    private long person(long family, LocalDate born) {
        return jdbc.sql("insert into person (family_id, first_name, last_name, birth_date, family_role, created_at,"
                        + " version) values (:family, 'Test', 'Monitor', :born, 'CHILD', now(), 0) returning id")
                .param("family", family).param("born", born).query(Long.class).single();
    }

    private long provision(long family, long person, String product, String start, String end, Long request) {
        return jdbc.sql("""
                        insert into provision (family_id, person_id, product_id, provider_id, volume, frequency, tariff,
                            allocation_start, allocation_end, status, created_at, created_by, version, request_id)
                        select :family, :person, p.id, (select min(id) from provider), 1, 'PER_WEEK', p.tariff,
                            :start, :end, 'ENDED', now(), 'test', 0, :request
                        from product p where p.code = :product
                        returning id""")
                .param("family", family).param("person", person).param("product", product)
                .param("start", LocalDate.parse(start)).param("end", LocalDate.parse(end)).param("request", request)
                .query(Long.class).single();
    }

    private long request(long family, long person, Law law, String requested, String applied, String decided,
            Long extensionOf) {
        return jdbc.sql("""
                        insert into request (family_id, person_id, law, referrer, urgency, requested_on, applied_on,
                            decided_on, extension_of, status, registered_by, registered_at, version)
                        values (:family, :person, :law, 'ACCESS_TEAM', 'NORMAL', :requested, :applied, :decided,
                            :extensionOf, 'GRANTED', 'test', now(), 0)
                        returning id""")
                .param("family", family).param("person", person).param("law", law.name())
                .param("requested", LocalDate.parse(requested))
                .param("applied", applied == null ? null : LocalDate.parse(applied))
                .param("decided", LocalDate.parse(decided)).param("extensionOf", extensionOf)
                .query(Long.class).single();
    }

    private void perspectiveTalk(long family, long person, String heldOn) {
        jdbc.sql("insert into meeting (family_id, person_id, kind, held_on, attendees, recorded_by, recorded_at)"
                        + " values (:family, :person, 'PERSPECTIVE', :held, 'test', 'test', now())")
                .param("family", family).param("person", person).param("held", LocalDate.parse(heldOn)).update();
    }

    private void contactPerson(long family, String from, String until) {
        jdbc.sql("insert into contact_person (family_id, username, started_at, ended_at, assigned_by)"
                        + " values (:family, 'anna', :from, :until, 'test')")
                .param("family", family).param("from", LocalDate.parse(from).atTime(9, 0))
                .param("until", until == null ? null : LocalDate.parse(until).atTime(17, 0)).update();
    }

    private void plan(long family, int number, String createdOn, int professionals) {
        long version = jdbc.sql("insert into plan_version (family_id, number, author, created_at)"
                        + " values (:family, :number, 'anna', :created) returning id")
                .param("family", family).param("number", number)
                .param("created", LocalDate.parse(createdOn).atTime(10, 0)).query(Long.class).single();
        for (int i = 0; i <= professionals; i++) {
            jdbc.sql("insert into plan_involved (plan_version, position, item_key, name, kind)"
                            + " values (:version, :position, :key, 'Someone', :kind)")
                    .param("version", version).param("position", i).param("key", UUID.randomUUID())
                    .param("kind", i < professionals ? "PROFESSIONAL" : "NETWORK").update();
        }
    }
}
