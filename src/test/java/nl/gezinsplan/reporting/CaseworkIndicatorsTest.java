package nl.gezinsplan.reporting;

import static nl.gezinsplan.reporting.YouthCareIndicatorsTest.indicatorValue;
import static nl.gezinsplan.reporting.YouthCareIndicatorsTest.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * other data (1998, 1999, 2003, 2005, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2016, 2017), with the expected values
 * worked out by hand.
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
    Monitor monitor;

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
        // the families behind them; a share that measures a duty towards each family lists those it was not met for:
        // without a contact person, without a talk (Y5; Y2 and Y6 before 18)
        assertThat(behind(Indicator.FAMILIES_WITH_CONTACT_PERSON, 2008)).containsExactlyInAnyOrder(family2, family3);
        assertThat(behind(Indicator.PERSPECTIVE_TALK_AT_16_5, 2008)).containsExactly(family3);
        assertThat(behind(Indicator.PERSPECTIVE_TALK_BEFORE_18, 2008)).containsExactlyInAnyOrder(family1, family3);
        assertThat(behind(Indicator.PROFESSIONALS_PER_FAMILY, 2008)).containsExactlyInAnyOrder(family1, family2);
        assertThat(behind(Indicator.FAMILIES_TWO_LAWS, 2008)).containsExactly(family1);
        assertThat(behind(Indicator.FAMILIES_THREE_LAWS, 2008)).containsExactly(family2);
        // lead time (56 + 57 + 45 + 19 + 80 + 36) / 6 = 48.8 days; within the term 4 of 6 = 66.7%, red against 100%
        assertThat(value(figures, Indicator.LEAD_TIME)).isEqualByComparingTo("48.8");
        IndicatorValue withinTerm = indicatorValue(figures, Indicator.WITHIN_STATUTORY_TERM);
        assertThat(withinTerm.value()).isEqualByComparingTo("66.7");
        assertThat(withinTerm.light()).isEqualTo(TrafficLight.RED);
        // every decision's family; decided late: Y2's request (family 1) and the Wmo request without an application
        assertThat(behind(Indicator.LEAD_TIME, 2008)).containsExactlyInAnyOrder(family1, family2, family3);
        assertThat(behind(Indicator.WITHIN_STATUTORY_TERM, 2008)).containsExactlyInAnyOrder(family1, family2);
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

    @Test
    void measuresTheWaitsFromTheRequestToTheConversationTheDecisionAndTheStartOfCareWithMedianAndNinetiethPercentile() {
        long family = family("Monitor 2011");
        long child = person(family, LocalDate.of(2000, 1, 1));
        long parent = person(family, LocalDate.of(1970, 1, 1));
        // Jeugdwet: conversation after 10, decision after 42, care after 57 days (a second provision starts later)
        long r1 = request(family, child, Law.JEUGDWET, "2011-01-03", null, "2011-02-14", null);
        conversation(family, child, r1, "2011-01-13");
        provision(family, child, "45A01", "2011-03-01", "2011-12-31", r1);
        provision(family, child, "45A02", "2011-05-01", "2011-12-31", r1);
        // Jeugdwet: 20, 56 and 59 days
        long r2 = request(family, child, Law.JEUGDWET, "2011-02-01", null, "2011-03-29", null);
        conversation(family, child, r2, "2011-02-21");
        provision(family, child, "45A03", "2011-04-01", "2011-12-31", r2);
        // Jeugdwet: 30 and 50 days, then refused: its proposal, not granted, started no care
        long r3 = request(family, child, Law.JEUGDWET, "2011-03-01", null, "2011-04-20", null);
        conversation(family, child, r3, "2011-03-31");
        long notGranted = provision(family, child, "45A01", "2011-04-25", "2011-12-31", r3);
        jdbc.sql("update provision set status = 'NOT_GRANTED' where id = :id").param("id", notGranted).update();
        // Wmo: 4, 28 and 30 days
        long r4 = request(family, parent, Law.WMO, "2011-05-02", null, "2011-05-30", null);
        conversation(family, parent, r4, "2011-05-06");
        provision(family, parent, "01A01", "2011-06-01", "2011-12-31", r4);
        // Jeugdwet, requested in 2010 and talked with then: decision after 40 and care after 45 days, in 2011
        long r5 = request(family, child, Law.JEUGDWET, "2010-12-01", null, "2011-01-10", null);
        conversation(family, child, r5, "2010-12-20");
        provision(family, child, "45A04", "2011-01-15", "2011-12-31", r5);
        // Jeugdwet: conversation after 44 days in 2011, decided in 2012
        long r6 = request(family, child, Law.JEUGDWET, "2011-11-01", null, "2012-01-10", null);
        conversation(family, child, r6, "2011-12-15");

        List<WaitingTime> times = calculation.figures(Period.year(2011), settings).waitingTimes();

        // percentile_cont: the value at (n - 1) x p in the sorted days, between two of them in proportion
        assertThat(times).containsExactly(
                // Jeugdwet 10, 20, 30, 44: median (20 + 30) / 2, 90th at 2.7: 30 + 0.7 x 14; Wmo 4; all five
                waiting(WaitingStage.CONVERSATION, Law.JEUGDWET, 4, "25.0", "39.8"),
                waiting(WaitingStage.CONVERSATION, Law.WMO, 1, "4.0", "4.0"),
                waiting(WaitingStage.CONVERSATION, null, 5, "20.0", "38.4"),
                // Jeugdwet 40, 42, 50, 56: 46, 50 + 0.7 x 6; Wmo 28; all 28, 40, 42, 50, 56: 42, 50 + 0.6 x 6
                waiting(WaitingStage.DECISION, Law.JEUGDWET, 4, "46.0", "54.2"),
                waiting(WaitingStage.DECISION, Law.WMO, 1, "28.0", "28.0"),
                waiting(WaitingStage.DECISION, null, 5, "42.0", "53.6"),
                // Jeugdwet 45, 57, 59: 57, 57 + 0.8 x 2; Wmo 30; all 30, 45, 57, 59: 51, 57 + 0.7 x 2
                waiting(WaitingStage.CARE_START, Law.JEUGDWET, 3, "57.0", "58.6"),
                waiting(WaitingStage.CARE_START, Law.WMO, 1, "30.0", "30.0"),
                waiting(WaitingStage.CARE_START, null, 4, "51.0", "58.4"));
        // the family behind a law's line and behind all laws', nobody under a law without a line
        assertThat(monitor.familiesBehind(times.get(1), Period.year(2011)).familyIds()).containsExactly(family);
        assertThat(monitor.familiesBehind(times.get(8), Period.year(2011)).familyIds()).containsExactly(family);
        assertThat(monitor.familiesBehind(new WaitingTime(WaitingStage.CONVERSATION, Optional.of(Law.PARTICIPATIEWET),
                0, null, null), Period.year(2011)).familyIds()).isEmpty();
        // a period without any: each stage under all laws, nobody waiting
        assertThat(calculation.figures(Period.year(1990), settings).waitingTimes()).containsExactly(
                new WaitingTime(WaitingStage.CONVERSATION, Optional.empty(), 0, null, null),
                new WaitingTime(WaitingStage.DECISION, Optional.empty(), 0, null, null),
                new WaitingTime(WaitingStage.CARE_START, Optional.empty(), 0, null, null));
    }

    @Test
    void countsWhatTriageTheNeeTenzijCheckAndThePanelRecordedAndTheRefusalReasonsPerLawWithTheirShares() {
        long family = family("Monitor 2012");
        long child = person(family, LocalDate.of(2000, 1, 1));
        long parent = person(family, LocalDate.of(1970, 1, 1));
        // Jeugdwet: advice; research with a yes; research with a no for two reasons; research with doubt and the
        // panel's no; network
        recorded(child, family, Law.JEUGDWET, "TRIAGE", "ADVICE", "2012-01-10 10:00+01");
        long yes = recorded(child, family, Law.JEUGDWET, "TRIAGE", "RESEARCH", "2012-02-10 10:00+01");
        record(yes, "NEE_TENZIJ", "YES", "2012-03-01 10:00+01", null);
        long no = recorded(child, family, Law.JEUGDWET, "TRIAGE", "RESEARCH", "2012-02-15 10:00+01");
        record(no, "NEE_TENZIJ", "NO", "2012-03-05 10:00+01", "NETWORK_SUFFICES,NOT_EFFECTIVE");
        long doubt = recorded(child, family, Law.JEUGDWET, "TRIAGE", "RESEARCH", "2012-03-01 10:00+01");
        record(doubt, "NEE_TENZIJ", "DOUBT", "2012-03-20 10:00+01", null);
        record(doubt, "PANEL", "NO", "2012-04-02 10:00+01", "NOT_EFFECTIVE");
        recorded(child, family, Law.JEUGDWET, "TRIAGE", "NETWORK", "2012-03-05 10:00+01");
        // triaged and checked in 2011, the panel's yes in 2012: only the panel counts
        long late = recorded(child, family, Law.JEUGDWET, "TRIAGE", "RESEARCH", "2011-12-20 10:00+01");
        record(late, "NEE_TENZIJ", "DOUBT", "2011-12-28 10:00+01", null);
        record(late, "PANEL", "YES", "2012-01-05 10:00+01", null);
        // 31 December 2011 23:30 UTC is New Year's night in the municipality: triaged in 2012
        recorded(child, family, Law.JEUGDWET, "TRIAGE", "GENERAL_PROVISION", "2011-12-31 23:30+00");
        // Wmo: advice, research
        recorded(parent, family, Law.WMO, "TRIAGE", "ADVICE", "2012-06-01 10:00+02");
        recorded(parent, family, Law.WMO, "TRIAGE", "RESEARCH", "2012-06-02 10:00+02");

        List<ReasonCount> reasons = calculation.figures(Period.year(2012), settings).reasons();

        assertThat(reasons).containsExactly(
                // six Jeugdwet requests triaged in 2012
                reason(ReasonKind.TRIAGE, Law.JEUGDWET, "ADVICE", 1, "16.7"),
                reason(ReasonKind.TRIAGE, Law.JEUGDWET, "NETWORK", 1, "16.7"),
                reason(ReasonKind.TRIAGE, Law.JEUGDWET, "GENERAL_PROVISION", 1, "16.7"),
                reason(ReasonKind.TRIAGE, Law.JEUGDWET, "RESEARCH", 3, "50.0"),
                reason(ReasonKind.TRIAGE, Law.WMO, "ADVICE", 1, "50.0"),
                reason(ReasonKind.TRIAGE, Law.WMO, "NETWORK", 0, "0.0"),
                reason(ReasonKind.TRIAGE, Law.WMO, "GENERAL_PROVISION", 0, "0.0"),
                reason(ReasonKind.TRIAGE, Law.WMO, "RESEARCH", 1, "50.0"),
                reason(ReasonKind.NEE_TENZIJ, Law.JEUGDWET, "YES", 1, "33.3"),
                reason(ReasonKind.NEE_TENZIJ, Law.JEUGDWET, "NO", 1, "33.3"),
                reason(ReasonKind.NEE_TENZIJ, Law.JEUGDWET, "DOUBT", 1, "33.3"),
                reason(ReasonKind.PANEL, Law.JEUGDWET, "YES", 1, "50.0"),
                reason(ReasonKind.PANEL, Law.JEUGDWET, "NO", 1, "50.0"),
                // two refusals, the check's and the panel's: both said not effective, one that the network suffices
                reason(ReasonKind.REFUSAL_REASON, Law.JEUGDWET, "OUTSIDE_LEGAL_DUTY", 0, "0.0"),
                reason(ReasonKind.REFUSAL_REASON, Law.JEUGDWET, "NETWORK_SUFFICES", 1, "50.0"),
                reason(ReasonKind.REFUSAL_REASON, Law.JEUGDWET, "GENERAL_PROVISION_SUFFICES", 0, "0.0"),
                reason(ReasonKind.REFUSAL_REASON, Law.JEUGDWET, "OTHER_LAW_APPLIES", 0, "0.0"),
                reason(ReasonKind.REFUSAL_REASON, Law.JEUGDWET, "OUTSIDE_CONTRACT_SCOPE", 0, "0.0"),
                reason(ReasonKind.REFUSAL_REASON, Law.JEUGDWET, "NOT_EFFECTIVE", 2, "100.0"));
        // the family behind a reason given, none behind one not given
        assertThat(monitor.familiesBehind(reasons.get(18), Period.year(2012)).familyIds()).containsExactly(family);
        assertThat(monitor.familiesBehind(reasons.get(5), Period.year(2012)).familyIds()).isEmpty();
        // the second quarter: the panel's no with its reason, and the Wmo's triage
        assertThat(calculation.figures(Period.quarter(2012, 2), settings).reasons())
                .filteredOn(count -> count.requests() > 0)
                .extracting(ReasonCount::kind, ReasonCount::law, ReasonCount::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ReasonKind.TRIAGE, Law.WMO, "ADVICE"),
                        org.assertj.core.groups.Tuple.tuple(ReasonKind.TRIAGE, Law.WMO, "RESEARCH"),
                        org.assertj.core.groups.Tuple.tuple(ReasonKind.PANEL, Law.JEUGDWET, "NO"),
                        org.assertj.core.groups.Tuple.tuple(ReasonKind.REFUSAL_REASON, Law.JEUGDWET,
                                "NOT_EFFECTIVE"));
    }

    @Test
    void averagesTheFamiliesScoresPerProviderAndProductFromFiveAnswersAndCountsTheMonthsTheySaidCareWasNotDelivered() {
        long providerA = provider("Ervaring 2016 A");
        long providerB = provider("Ervaring 2016 B");
        // provider A, 45A01: five scores in 2016 (effect, route, provider), one in 2015 that does not count
        int[][] scoresA = {{6, 5, 8}, {7, 5, 8}, {8, 6, 8}, {9, 6, 9}, {10, 7, 9}};
        for (int[] score : scoresA) {
            rated(providerA, "45A01", "2016-06-01 12:00+02", score);
        }
        rated(providerA, "45A01", "2015-12-01 12:00+01", new int[] {1, 1, 1});
        // provider B, 01A01: two scores, too few to show
        rated(providerB, "01A01", "2016-03-01 12:00+01", new int[] {4, 3, 5});
        rated(providerB, "01A01", "2016-04-01 12:00+02", new int[] {6, 4, 6});
        // delivery: A delivered January to March, not in April; B delivered in February; an answer about 2015
        long careA = ratedProvision(providerA, "45A01");
        for (String month : List.of("2016-01-01", "2016-02-01", "2016-03-01")) {
            delivery(careA, month, true);
        }
        delivery(careA, "2016-04-01", false);
        delivery(careA, "2015-12-01", false);
        delivery(ratedProvision(providerB, "01A01"), "2016-02-01", true);

        MonitorFigures year = calculation.figures(Period.year(2016), settings);

        assertThat(year.experience()).containsExactly(
                // effect 40 / 5, route 29 / 5, provider 42 / 5
                new ExperienceScore("Ervaring 2016 A", "45A01", 5, new BigDecimal("8.0"), new BigDecimal("5.8"),
                        new BigDecimal("8.4")),
                new ExperienceScore("Ervaring 2016 B", "01A01", 2, null, null, null),
                // all seven: 50 / 7 = 7.14, 36 / 7 = 5.14, 53 / 7 = 7.57
                new ExperienceScore(null, null, 7, new BigDecimal("7.1"), new BigDecimal("5.1"), new BigDecimal("7.6")));
        assertThat(year.deliveries()).containsExactly(
                new DeliveryCheck("Ervaring 2016 A", 4, 1, new BigDecimal("25.0")),
                new DeliveryCheck("Ervaring 2016 B", 1, 0, new BigDecimal("0.0")));
        // behind the months not delivered: the family of A's care, not the families who only scored
        assertThat(monitor.familiesBehind(year.deliveries().get(0), Period.year(2016)).familyIds())
                .containsExactly(familyOf(careA));
    }

    @Test
    void countsCareEndedAsPlannedOrStoppedEarlyAndTheGoalsOfItsPlanAsTheyStoodWhenItEnded() {
        long family = family("Monitor 2017");
        long child = person(family, LocalDate.of(2005, 1, 1));
        long sibling = person(family, LocalDate.of(2007, 1, 1));
        long parent = person(family, LocalDate.of(1975, 1, 1));
        // the plan on 1 January: the child's goals G1 and G2, the sibling's G3, a family goal G4 (all youth care) and
        // the parent's Wmo goal G5; the version of 1 May sets G1 achieved and G2 in progress; the one of 1 November,
        // after every end, sets everything achieved and does not count
        plan(family, 1, "2017-01-01", List.of(goal("G1", "JEUGDWET", child, "OPEN"), goal("G2", "JEUGDWET", child,
                "OPEN"), goal("G3", "JEUGDWET", sibling, "IN_PROGRESS"), goal("G4", "JEUGDWET", null, "STOPPED"),
                goal("G5", "WMO", parent, "ACHIEVED")));
        plan(family, 2, "2017-05-01", List.of(goal("G1", "JEUGDWET", child, "ACHIEVED"), goal("G2", "JEUGDWET", child,
                "IN_PROGRESS"), goal("G3", "JEUGDWET", sibling, "IN_PROGRESS"), goal("G4", "JEUGDWET", null, "STOPPED"),
                goal("G5", "WMO", parent, "ACHIEVED")));
        plan(family, 3, "2017-11-01", List.of(goal("G1", "JEUGDWET", child, "ACHIEVED"), goal("G2", "JEUGDWET", child,
                "ACHIEVED"), goal("G3", "JEUGDWET", sibling, "ACHIEVED"), goal("G4", "JEUGDWET", null, "ACHIEVED"),
                goal("G5", "WMO", parent, "ACHIEVED")));
        // the child's youth care ended at its evaluation on 30 June, two provisions; the sibling's was stopped early
        // on 31 March; the parent's Wmo care ended on 30 September; the child's running care does not count
        ended(provision(family, child, "45A01", "2017-01-01", "2017-06-30", null), "ENDED");
        ended(provision(family, child, "45A02", "2017-01-01", "2017-06-30", null), "ENDED");
        ended(provision(family, sibling, "45A03", "2017-01-01", "2017-03-31", null), "STOPPED");
        ended(provision(family, parent, "01A01", "2017-01-01", "2017-09-30", null), "ENDED");
        provision(family, child, "45A04", "2017-01-01", "2018-06-30", null);

        List<Outcome> outcomes = calculation.figures(Period.year(2017), settings).outcomes();

        assertThat(outcomes).containsExactly(
                // youth care: 2 ended as planned, 1 stopped early (33.3%); the child's goals on 30 June (version 2):
                // G1 achieved, G2 partly, the family goal G4 not; the sibling's on 31 March (version 1): G3 partly. G4
                // counts once: 1 of 4 achieved
                new Outcome(Law.JEUGDWET, 2, 1, new BigDecimal("33.3"), 1, 2, 1, new BigDecimal("25.0")),
                new Outcome(Law.WMO, 1, 0, new BigDecimal("0.0"), 1, 0, 0, new BigDecimal("100.0")));
        assertThat(monitor.familiesBehind(outcomes.get(0), Period.year(2017)).familyIds()).containsExactly(family);
        assertThat(monitor.familiesBehind(outcomes.get(1), Period.quarter(2017, 1)).familyIds())
                .as("the Wmo care ended in September").isEmpty();
        // the first quarter: only the sibling's care, stopped early with G3 in progress and the family goal stopped
        assertThat(calculation.figures(Period.quarter(2017, 1), settings).outcomes()).containsExactly(
                new Outcome(Law.JEUGDWET, 0, 1, new BigDecimal("100.0"), 0, 1, 1, new BigDecimal("0.0")));
    }

    private void ended(long provision, String status) {
        jdbc.sql("update provision set status = :status where id = :id").param("status", status)
                .param("id", provision).update();
    }

    private record Goal(String key, String law, Long person, String status) {}

    private static Goal goal(String key, String law, Long person, String status) {
        return new Goal(key, law, person, status);
    }

    private void plan(long family, int number, String createdOn, List<Goal> goals) {
        long version = jdbc.sql("insert into plan_version (family_id, number, author, created_at)"
                        + " values (:family, :number, 'anna', :created) returning id")
                .param("family", family).param("number", number)
                .param("created", LocalDate.parse(createdOn).atTime(10, 0)).query(Long.class).single();
        for (int i = 0; i < goals.size(); i++) {
            Goal goal = goals.get(i);
            jdbc.sql("""
                            insert into plan_goal (plan_version, position, item_key, law, person_id, description,
                                measurable_result, status)
                            values (:version, :position, :key, :law, :person, 'Doel', 'Resultaat', :status)""")
                    .param("version", version).param("position", i)
                    .param("key", UUID.nameUUIDFromBytes((family + goal.key()).getBytes()))
                    .param("law", goal.law()).param("person", goal.person()).param("status", goal.status()).update();
        }
    }

    private long provider(String name) {
        return jdbc.sql("insert into provider (name) values (:name) returning id").param("name", name)
                .query(Long.class).single();
    }

    /** A provision of the provider's product in 2016, for a youth of a family of its own. */
    private long ratedProvision(long provider, String product) {
        long family = family("Ervaring 2016");
        long provision = provision(family, person(family, LocalDate.of(2005, 1, 1)), product, "2016-01-01",
                "2016-12-31", null);
        jdbc.sql("update provision set provider_id = :provider where id = :id").param("provider", provider)
                .param("id", provision).update();
        return provision;
    }

    /** A family member's scores at the end of a provision of the provider's product: effect, route, provider. */
    private void rated(long provider, String product, String at, int[] scores) {
        long provision = ratedProvision(provider, product);
        jdbc.sql("""
                        insert into care_rating (provision_id, family_id, moment, person_id, effect_score, route_score,
                            provider_score, rated_by, rated_at)
                        select id, family_id, 'END', person_id, :effect, :route, :provider, 'test', :at::timestamptz
                        from provision where id = :id""")
                .param("id", provision).param("effect", scores[0]).param("route", scores[1])
                .param("provider", scores[2]).param("at", at).update();
    }

    /** A family's answer about a month of care; one not delivered was followed up, so no scan reports it. */
    private void delivery(long provision, String month, boolean delivered) {
        jdbc.sql("""
                        insert into care_delivery (provision_id, family_id, month, delivered, remark, person_id,
                            answered_by, answered_at, followed_up_by, followed_up_at, follow_up_note)
                        select id, family_id, :month, :delivered, case when :delivered then null else 'Niet gekomen' end,
                            person_id, 'test', now(), case when :delivered then null else 'test' end,
                            case when :delivered then null else now() end,
                            case when :delivered then null else 'Gebeld' end
                        from provision where id = :id""")
                .param("id", provision).param("month", LocalDate.parse(month)).param("delivered", delivered).update();
    }

    private static ReasonCount reason(ReasonKind kind, Law law, String code, long requests, String share) {
        return new ReasonCount(kind, law, code, requests, new BigDecimal(share));
    }

    /** A request, with what a step of its route recorded (see {@link #record}). */
    private long recorded(long person, long family, Law law, String step, String outcome, String at) {
        long request = request(family, person, law, "2011-12-01", null, "2013-06-01", null);
        record(request, step, outcome, at, null);
        return request;
    }

    /** What triage, the "nee, tenzij" check or the panel recorded on a request, when, and the refusal's reasons. */
    private void record(long request, String step, String outcome, String at, String refusalReasons) {
        String columns = switch (step) {
            case "TRIAGE" -> "triage_outcome = :outcome, triaged_at = :at::timestamptz";
            case "NEE_TENZIJ" -> "nee_tenzij_outcome = :outcome, nee_tenzij_at = :at::timestamptz";
            default -> "panel_outcome = :outcome, panel_decided_at = :at::timestamptz";
        };
        jdbc.sql("update request set " + columns + ", refusal_reasons = coalesce(:reasons, refusal_reasons)"
                        + " where id = :id")
                .param("outcome", outcome).param("at", at).param("reasons", refusalReasons).param("id", request)
                .update();
    }

    private static WaitingTime waiting(WaitingStage stage, Law law, long requests, String median, String ninetieth) {
        return new WaitingTime(stage, Optional.ofNullable(law), requests, new BigDecimal(median),
                new BigDecimal(ninetieth));
    }

    private void conversation(long family, long person, long request, String on) {
        jdbc.sql("""
                        insert into research_report (request_id, family_id, person_id, conversation_on, participants,
                            own_strength, network, general_provisions, needed, conclusion, written_by, written_at)
                        values (:request, :family, :person, :on, 'Gezin', '-', '-', '-', '-', '-', 'test', now())""")
                .param("request", request).param("family", family).param("person", person)
                .param("on", LocalDate.parse(on)).update();
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
        // behind the line, of any period of 2009: the one allocation, history without a family; none in 2008
        FamiliesBehind behind = monitor.familiesWithCareInYear(Law.WMO, Period.quarter(2009, 1));
        assertThat(behind.period()).isEqualTo(Period.year(2009));
        assertThat(behind.familyIds()).isEmpty();
        assertThat(behind.historyProvisions()).isOne();
        assertThat(monitor.familiesWithCareInYear(Law.WMO, Period.year(2008)).historyProvisions()).isZero();
    }

    @Test
    void forecastsTheYearsSpendingFromWhatIsSpentCommittedAndTheLastThreeMonthsPaceOfNewCareAndWarnsBeforeTheCeiling() {
        LocalDate born = LocalDate.of(1950, 1, 1);
        ImportReport report = provisionImport.importCsv("forecast.csv", new HistoryFile()
                // all year at 100 a day: 288 days spent by 15 October (28,800), 77 committed after it (7,700)
                .line("F2010-1", born, "WMO", "02A01", "Forecast 2010", "", "", "2010-01-01", "2010-12-31", "", "", 100)
                // new in July, no end, 20 a day: 98 days spent (1,960), 77 committed (1,540)
                .line("F2010-2", born, "WMO", "02A01", "Forecast 2010", "", "", "2010-07-10", "", "", "", 20)
                // new in August, August only, 40 a day: 31 days spent (1,240)
                .line("F2010-3", born, "WMO", "02A01", "Forecast 2010", "", "", "2010-08-01", "2010-08-31", "", "", 40)
                // granted to start in November, 10 a day: 61 days committed (610)
                .line("F2010-4", born, "WMO", "02A01", "Forecast 2010", "", "", "2010-11-01", "2010-12-31", "", "", 10)
                .stream(), ImportMode.ALL_OR_NOTHING);
        assertThat(report.loaded()).isEqualTo(4);
        clock.moveTo(LocalDate.of(2010, 10, 15));
        try {
            // the pace of new care: July 20, August 40, September nothing a day; on average 20. With 77 days left,
            // new care costs pace x 77 x 77 / (2 x 365 / 12) = pace x 97.463: 1,949.26 on average, 0 to 3,898.52
            Forecast wmo = wmoForecast(45_000);
            assertThat(wmo).isEqualTo(new Forecast(Law.WMO, LocalDate.of(2010, 10, 15), new BigDecimal("32000.00"),
                    new BigDecimal("9850.00"), new BigDecimal("1949.26"), new BigDecimal("43799.26"),
                    new BigDecimal("41850.00"), new BigDecimal("45748.52"), new BigDecimal("45000"),
                    TrafficLight.ORANGE));
            // under 43,000 the forecast passes the ceiling while spent and committed (41,850) do not yet: red
            assertThat(wmoForecast(43_000).light()).isEqualTo(TrafficLight.RED);
            assertThat(wmoForecast(50_000).light()).isEqualTo(TrafficLight.GREEN);
        } finally {
            clock.reset();
        }
        // once the year is over: what it cost, no band
        Forecast over = wmoForecast(45_000);
        assertThat(over.asOf()).isEqualTo(LocalDate.of(2010, 12, 31));
        assertThat(over.forecast()).isEqualByComparingTo("41850").isEqualByComparingTo(over.low())
                .isEqualByComparingTo(over.high());
    }

    @Test
    void findsTheCostliestTenthOfTheFamiliesBesideTheYearBeforeAndListsOnlyThoseTheManagerMayOpen() {
        // eleven families with care in 2014, at the products' tariffs: F1 60 x 98 + 120 x 33.50 = 9,900 under two
        // laws with three professionals in its plan, F2 80 x 98 = 7,840 (and 20 x 98 = 1,960 in 2013, when it was the
        // only one), nine others 20 x 48 = 960 each: 26,380 in all
        long f1 = family("Duur 2014-1");
        long f1child = person(f1, LocalDate.of(2005, 1, 1));
        once(f1, f1child, "45A02", "2014-01-01", "2014-12-31", 60);
        once(f1, person(f1, LocalDate.of(1975, 1, 1)), "01A01", "2014-03-01", "2014-08-31", 120);
        plan(f1, 1, "2014-06-01", 3);
        long f2 = family("Duur 2014-2");
        long f2child = person(f2, LocalDate.of(2006, 1, 1));
        once(f2, f2child, "45A02", "2014-01-01", "2014-06-30", 80);
        once(f2, f2child, "45A02", "2013-07-01", "2013-12-31", 20);
        for (int i = 3; i <= 11; i++) {
            long other = family("Duur 2014-" + i);
            once(other, person(other, LocalDate.of(2008, 1, 1)), "45A03", "2014-02-01", "2014-02-28", 20);
        }

        List<CostConcentration> years = calculation.figures(Period.year(2014), settings).costliest();

        // the first tenth of eleven, rounded up: F1 and F2, 17,740 of 26,380 (67.2%); provisions (2 + 1) / 2, laws
        // (2 + 1) / 2; professionals of the one with a plan. In 2013 F2 alone
        assertThat(years).containsExactly(
                new CostConcentration(2014, 11, 2, new BigDecimal("17740.00"), new BigDecimal("67.2"),
                        new BigDecimal("1.5"), new BigDecimal("1.5"), new BigDecimal("3.0")),
                new CostConcentration(2013, 1, 1, new BigDecimal("1960.00"), new BigDecimal("100.0"),
                        new BigDecimal("1.0"), new BigDecimal("1.0"), null));
        // the list behind it: an administrator opens no family; the youth team's manager only F1, where her team works
        assertThat(monitor.costliestFamilies(Period.year(2014))).isEmpty();
        jdbc.sql("insert into family_team (family_id, team_code) values (:family, :team)")
                .param("family", f1).param("team", Law.JEUGDWET.teamCode()).update();
        SignIn.as(users, "marieke");
        assertThat(monitor.costliestFamilies(Period.year(2014))).containsExactly(
                new CostlyFamily(f1, "Duur 2014-1", new BigDecimal("9900.00"), new BigDecimal("0.00"), 2, 2, 3));
    }

    /** A provision delivered once, {@code volume} at the product's tariff spread over its days. */
    private void once(long family, long person, String product, String start, String end, int volume) {
        long provision = provision(family, person, product, start, end, null);
        jdbc.sql("update provision set frequency = 'ONCE', volume = :volume where id = :id")
                .param("volume", volume).param("id", provision).update();
    }

    private Forecast wmoForecast(long ceiling) {
        return calculation.figures(Period.quarter(2010, 4), settings.withCeiling(Law.WMO, BigDecimal.valueOf(ceiling)))
                .forecasts().stream().filter(forecast -> forecast.law() == Law.WMO).findFirst().orElseThrow();
    }

    @Test
    void countsTheOutflowReasonsOfProvisionsEndingInThePeriodPerLawWithTheirShares() {
        EndedProvisions provisions = new EndedProvisions(jdbc);
        // Jeugdwet, care ended in 1999: twice no follow-up needed, once scaled down; one of them allocated into 2000
        long first = provisions.ended("45A01", "1999-01-01", "1999-03-31", "1999-03-31", OutflowReason.NO_FOLLOW_UP);
        long second = provisions.ended("45A01", "1999-02-01", "2000-06-30", "1999-08-15", OutflowReason.NO_FOLLOW_UP);
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
        // behind the first line: the families of the two provisions ended without follow-up
        assertThat(monitor.familiesBehind(year.outflowReasons().get(0), Period.year(1999)).familyIds())
                .containsExactlyInAnyOrder(familyOf(first), familyOf(second));
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

    @Test
    void countsPersonalBudgetsAndCareFromProvidersWithoutAContractAmongGezinsplansOwnProvisions() {
        long family = family("Contract 1998");
        long familyWithoutContract = family("Contract 1998 zonder");
        long familyLonger = family("Contract 1998 langer");
        // Wmo 02A01 (in kind, agreed 12 months): contracted all year; not contracted in the first half; contracted
        // from 1996 until 31 March 1998, more than 12 months. 02P01 (a personal budget): all year, its provider chosen
        // by the family, so not counted as care without a contract
        provision(family, person(family, LocalDate.of(1960, 1, 1)), "02A01", "1998-01-01", "1998-12-31", null);
        long withoutContract = provision(familyWithoutContract, person(familyWithoutContract, LocalDate.of(1961, 1, 1)),
                "02A01", "1998-01-01", "1998-06-30", null);
        provision(familyLonger, person(familyLonger, LocalDate.of(1962, 1, 1)), "02A01", "1996-01-01", "1998-03-31",
                null);
        long personalBudget = provision(family, person(family, LocalDate.of(1963, 1, 1)), "02P01", "1998-01-01",
                "1998-12-31", null);
        jdbc.sql("update provision set contracted = false where id in (:ids)")
                .param("ids", List.of(withoutContract, personalBudget)).update();
        String provider = jdbc.sql("select name from provider where id = (select min(id) from provider)")
                .query(String.class).single();

        MonitorFigures year = calculation.figures(Period.year(1998), settings);

        // cost per day: weekly volume 1 at the tariff, 52 weeks over 365 days; 02A01 at 64.00, 02P01 at 51.20:
        // 02A01 365 + 181 + 90 days, 02P01 365 days
        BigDecimal perDay = new BigDecimal("64.00").multiply(BigDecimal.valueOf(52))
                .divide(BigDecimal.valueOf(365), 20, RoundingMode.HALF_UP);
        BigDecimal pgbPerDay = new BigDecimal("51.20").multiply(BigDecimal.valueOf(52))
                .divide(BigDecimal.valueOf(365), 20, RoundingMode.HALF_UP);
        BigDecimal inKind = perDay.multiply(BigDecimal.valueOf(365 + 181 + 90));
        BigDecimal pgb = pgbPerDay.multiply(BigDecimal.valueOf(365));
        BigDecimal cost = inKind.add(pgb);
        assertThat(year.contracts()).filteredOn(use -> use.law() == Law.WMO).singleElement().satisfies(use -> {
            assertThat(use.provisions()).isEqualTo(4);
            assertThat(use.personalBudget()).isEqualTo(1);
            assertThat(use.sharePersonalBudget()).isEqualByComparingTo("25.0");
            assertThat(use.cost()).isEqualByComparingTo(cost.setScale(2, RoundingMode.HALF_UP));
            assertThat(use.shareCostPersonalBudget()).isEqualByComparingTo(pgb.multiply(BigDecimal.valueOf(100))
                    .divide(cost, 1, RoundingMode.HALF_UP));
            // of the three in kind, one without a contract
            assertThat(use.inKindKnown()).isEqualTo(3);
            assertThat(use.offContract()).isEqualTo(1);
            assertThat(use.shareOffContract()).isEqualByComparingTo("33.3");
        });
        assertThat(year.agreedDurations()).filteredOn(duration -> duration.law() == Law.WMO).containsExactly(
                new AgreedDuration(Law.WMO, provider, "02A01", 12, 3, 1, new BigDecimal("33.3")),
                new AgreedDuration(Law.WMO, provider, "02P01", 12, 1, 0, new BigDecimal("0.0")));
        // the families behind them: the one whose care ran longer, the one without a contract
        assertThat(calculation.familiesBehind(MonitorQueries.LONGER_THAN_AGREED_BEHIND, Map.of("law", "WMO", "provider",
                provider, "product", "02A01"), Period.year(1998), settings).familyIds()).containsExactly(familyLonger);
        assertThat(calculation.familiesBehind(MonitorQueries.WITHOUT_CONTRACT_BEHIND, Map.of("law", "WMO"), Period.year(1998),
                settings).familyIds()).containsExactly(familyWithoutContract);
    }

    private long[] behind(Indicator indicator, int year) {
        return calculation.familiesBehind(MonitorQueries.FAMILIES_BEHIND.get(indicator), Map.of(), Period.year(year), settings)
                .familyIds();
    }

    private long familyOf(long provision) {
        return jdbc.sql("select family_id from provision where id = :id").param("id", provision).query(Long.class)
                .single();
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
