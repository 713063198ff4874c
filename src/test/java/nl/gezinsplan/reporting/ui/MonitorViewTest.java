package nl.gezinsplan.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import nl.gezinsplan.Downloads;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.i18n.LanguageSelect;
import nl.gezinsplan.base.i18n.Translations;
import nl.gezinsplan.reporting.ProvisionImport;
import nl.gezinsplan.casework.OutflowReason;
import nl.gezinsplan.reporting.CouncilReport;
import nl.gezinsplan.reporting.Dimension;
import nl.gezinsplan.reporting.EndedProvisions;
import nl.gezinsplan.reporting.ImportMode;
import nl.gezinsplan.reporting.Indicator;
import nl.gezinsplan.reporting.MeasureProgress;
import nl.gezinsplan.reporting.MeasureStatus;
import nl.gezinsplan.reporting.IndicatorValue;
import nl.gezinsplan.reporting.Monitor;
import nl.gezinsplan.reporting.MonitorFigures;
import nl.gezinsplan.reporting.MonitorTexts;
import nl.gezinsplan.reporting.Period;
import nl.gezinsplan.reporting.PeriodKind;
import nl.gezinsplan.reporting.ProgrammeMeasures;
import nl.gezinsplan.reporting.TrafficLight;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The monitor as manager marieke sees it: every indicator with baselines, target and traffic light as the monitor
 * computes them, the period chooser reloading the figures, a CSV file per table and the council report as PDF, the
 * outflow reasons per law; and refused to a consultant and a family member, on the screen and in the services.
 */
class MonitorViewTest extends ViewTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final AtomicLong CLIENTS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Autowired
    Monitor monitor;

    @Autowired
    CouncilReport councilReport;

    @Autowired
    ProvisionImport imports;

    @Autowired
    MessageSource messages;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgrammeMeasures programmeMeasures;

    @Test
    void showsEveryIndicatorWithItsBaselinesTargetAndTrafficLightInWords() {
        loginAs("marieke");
        navigate("monitor");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MonitorView.class);
        Period period = chosenPeriod();
        MonitorFigures figures = monitor.figures(period);
        MonitorTexts texts = texts();
        Grid<?> grid = grid("monitor-indicators");
        assertThat(GridKt._size(grid)).isEqualTo(Indicator.values().length).isEqualTo(figures.indicators().size());
        for (int row = 0; row < figures.indicators().size(); row++) {
            IndicatorValue value = figures.indicators().get(row);
            var measure = value.indicator().measure();
            assertThat(shown(grid, row)).as(value.indicator().name()).startsWith(
                    texts.indicator(value.indicator()), texts.format(value.value(), measure),
                    texts.format(value.baseline2023(), measure), texts.format(value.baseline2024(), measure),
                    texts.format(value.target(), measure));
            Component light = GridKt._getCellComponent(grid, row, "c5");
            assertThat(light.getElement().getClassList())
                    .contains("traffic-light-" + value.light().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            assertThat(light.getElement().getTextRecursively()).isEqualTo(texts.light(value.light()));
        }
        assertThat(shown(grid, rowOf(figures, Indicator.NON_RESIDENTIAL_YOUTH_SHARE)))
                .contains("12,7%", "11,9%");
        assertThat(shown(grid, rowOf(figures, Indicator.COST_PER_YOUTH)).get(2).replace('\u00a0', ' '))
                .isEqualTo("€ 17.300");
    }

    @Test
    void changingThePeriodReloadsTheFigures() {
        loginAs("marieke");
        navigate("monitor");
        choose(PeriodKind.MONTH, 2019, 3);
        assertThat(_get(H2.class, spec -> spec.withText("maart 2019"))).isNotNull();
        long inflowBefore = inflowNonResidential();

        importYouthCare("2019-03-11", "2019-08-31");
        choose(PeriodKind.MONTH, 2019, 4);
        assertThat(_get(H2.class, spec -> spec.withText("april 2019"))).isNotNull();
        choose(PeriodKind.MONTH, 2019, 3);

        assertThat(inflowNonResidential()).isEqualTo(inflowBefore + 1);
        choose(PeriodKind.YEAR, 2019, 0);
        assertThat(_get(H2.class, spec -> spec.withText("2019"))).isNotNull();
        assertThat(GridKt._size(grid("monitor-flows"))).isEqualTo(12);
    }

    @Test
    void everyTableDownloadsAsCsvForExcelInDutch() {
        loginAs("marieke");
        navigate("monitor");

        List<Anchor> links = _find(Anchor.class).stream().filter(link -> link.getId().orElse("").endsWith("-csv"))
                .toList();
        assertThat(links).extracting(link -> link.getId().orElseThrow()).contains("monitor-indicators-csv",
                "monitor-flows-csv", "monitor-trend-csv", "monitor-breakdown-law-csv", "monitor-extensions-csv",
                "monitor-laws-csv", "monitor-budgets-csv");
        for (Anchor link : links) {
            FakeResponse response = Downloads.fetch(link);
            assertThat(response.getContentType()).as(link.getId().orElseThrow()).startsWith("text/csv");
            assertThat(response.getHeader("Content-Disposition")).contains("attachment", ".csv");
            byte[] csv = response.getBuffer().toByteArray();
            assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        }
        TabSheet breakdowns = _get(TabSheet.class, spec -> spec.withId("monitor-breakdowns"));
        breakdowns.setSelectedTab(_get(breakdowns, Tab.class, spec -> spec.withLabel("Aanbieder")));
        assertThat(Downloads.fetch(_get(Anchor.class, spec -> spec.withId("monitor-breakdown-provider-csv")))
                .getHeader("Content-Disposition")).contains("uitsplitsing-naar-aanbieder-");
        String indicators = new String(Downloads.fetch(_get(Anchor.class, spec -> spec.withId("monitor-indicators-csv")))
                .getBuffer().toByteArray(), StandardCharsets.UTF_8);
        assertThat(indicators).contains("Indicator;Waarde;Nulmeting 2023;Nulmeting 2024;Streefwaarde;Stoplicht",
                texts().indicator(Indicator.NON_RESIDENTIAL_YOUTH_SHARE) + ";");
        assertThat(indicators).containsPattern(";12,7;11,9;[0-9,]*;(Groen|Oranje|Rood|Geen doel);%");
    }

    @Test
    void aRefusedReportShowsAPageInTheUsersLanguageNotABare403() {
        loginAs("marieke");
        navigate("monitor");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        Anchor report = _get(Anchor.class, spec -> spec.withId("monitor-report"));

        loginAs("anna");
        FakeResponse response = Downloads.fetch(report);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getBuffer().toString(StandardCharsets.UTF_8))
                .contains("<html lang=\"en\"", "You may not open this file", "Back to the previous page");
    }

    @Test
    void theCouncilReportDownloadsAsPdfWithTheIndicatorsAndTheirLights() throws IOException {
        loginAs("marieke");
        navigate("monitor");
        MonitorFigures figures = monitor.figures(chosenPeriod());

        FakeResponse response = Downloads.fetch(_get(Anchor.class, spec -> spec.withId("monitor-report")));

        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment", "raadsrapportage-");
        String text;
        try (PDDocument pdf = Loader.loadPDF(response.getBuffer().toByteArray())) {
            text = new PDFTextStripper().getText(pdf).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
        MonitorTexts texts = texts();
        assertThat(text).contains("Monitor sociaal domein gemeente Lelystad", texts.period(chosenPeriod()));
        for (IndicatorValue value : figures.indicators()) {
            assertThat(text).contains(texts.indicator(value.indicator()) + " "
                    + texts.format(value.value(), value.indicator().measure()).replace('\u00a0', ' '));
        }
        assertThat(text).contains("Groen");
    }

    @Test
    void showsWhyCareEndedPerLawOnTheScreenInTheCsvFileAndInTheCouncilReport() throws IOException {
        // Jeugdwet care ending in 2020: once no follow-up needed, three times scaled up
        EndedProvisions provisions = new EndedProvisions(jdbc);
        provisions.ended("45A01", "2020-01-01", "2020-06-30", "2020-06-30", OutflowReason.NO_FOLLOW_UP);
        for (int i = 0; i < 3; i++) {
            provisions.ended("45A01", "2020-02-01", "2020-11-30", "2020-11-30", OutflowReason.SCALED_UP);
        }
        String provider = jdbc.sql("select name from provider where id = (select min(id) from provider)")
                .query(String.class).single();
        loginAs("marieke");
        navigate("monitor");
        choose(PeriodKind.YEAR, 2020, 0);

        Grid<?> reasons = grid("monitor-outflow-reasons");
        assertThat(GridKt._size(reasons)).isEqualTo(3);
        assertThat(shown(reasons, 0)).containsExactly("Jeugdwet", "Geen vervolghulp nodig", "1",
                "25,0%");
        assertThat(shown(reasons, 1)).containsExactly("Jeugdwet", "Afgeschaald", "0", "0,0%");
        assertThat(shown(reasons, 2)).containsExactly("Jeugdwet", "Opgeschaald", "3", "75,0%");
        String csv = new String(Downloads.fetch(_get(Anchor.class, spec -> spec.withId("monitor-outflow-reasons-csv")))
                .getBuffer().toByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains("Wet;Reden van uitstroom;Voorzieningen;Aandeel binnen de wet",
                "Jeugdwet;Opgeschaald;3;75");
        assertThat(pdfText()).contains("Redenen van uitstroom per wet", "Jeugdwet Opgeschaald 3 75,0%",
                "Zorg langer dan afgesproken per aanbieder en product", "Jeugdwet " + provider + " 45A01 12 4 0 0,0%");
        // the forecast of 2020, a year that is over: what it cost, per law, under its own heading
        assertThat(_find(H2.class)).extracting(H2::getText).contains("Prognose 2020 per wet, stand 31 december 2020");
        Grid<?> forecast = grid("monitor-forecast");
        assertThat(GridKt._size(forecast)).isEqualTo(3);
        assertThat(shown(forecast, 0).get(0)).isEqualTo("Jeugdwet");
        assertThat(shown(forecast, 0).get(4)).isEqualTo(shown(forecast, 0).get(5))
                .isEqualTo(shown(forecast, 0).get(6));
        // the same four ended at their evaluation, none stopped early; no plan, so no goals
        assertThat(shown(grid("monitor-outcomes"), 0))
                .containsExactly("Jeugdwet", "4", "0", "0,0%", "0", "0", "0", "\u2013");
        // the same four, each on its own and shorter than the 12 months agreed for 45A01, in kind from a contracted
        // provider
        assertThat(shown(grid("monitor-agreed-duration"), 0))
                .containsExactly("Jeugdwet", provider, "45A01", "12", "4", "0", "0,0%");
        assertThat(shown(grid("monitor-contracts"), 0))
                .containsExactly("Jeugdwet", "4", "0", "0,0%", "0,0%", "4", "0", "0,0%");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("monitor");
        choose(PeriodKind.YEAR, 2020, 0);
        assertThat(shown(grid("monitor-outflow-reasons"), 2))
                .containsExactly("Youth Act", "Scaled up", "3", "75.0%");
        assertThat(pdfText()).contains("Outflow reasons per law", "Youth Act No follow-up care needed 1 25.0%");
    }

    @Test
    void showsHowLongRequestsWaitedAndWhatTriageFoundOnTheScreenInTheCsvFileAndInTheCouncilReport()
            throws IOException {
        // a Wmo request of 2 March 2020, solved with advice at triage, decided on 23 March: 21 days; no conversation
        // or care recorded
        long family = jdbc.sql("insert into family (name, district, created_at, version)"
                + " values ('Wachttijd', 'Test', now(), 0) returning id").query(Long.class).single();
        long person = jdbc.sql("insert into person (family_id, first_name, last_name, birth_date, family_role,"
                        + " created_at, version) values (:family, 'Test', 'Wachttijd', '1970-01-01', 'PARENT', now(),"
                        + " 0) returning id").param("family", family).query(Long.class).single();
        jdbc.sql("""
                        insert into request (family_id, person_id, law, referrer, urgency, requested_on, decided_on,
                            status, triage_outcome, triaged_at, registered_by, registered_at, version)
                        values (:family, :person, 'WMO', 'ACCESS_TEAM', 'NORMAL', '2020-03-02', '2020-03-23', 'GRANTED',
                            'ADVICE', '2020-03-03 10:00+01', 'test', now(), 0)""").param("family", family).param("person", person).update();
        loginAs("marieke");
        navigate("monitor");
        choose(PeriodKind.YEAR, 2020, 0);

        Grid<?> waits = grid("monitor-waiting-times");
        assertThat(GridKt._size(waits)).isEqualTo(4);
        assertThat(shown(waits, 0)).containsExactly("Eerste gesprek", "Alle wetten", "0", "\u2013",
                "\u2013");
        assertThat(shown(waits, 1)).containsExactly("Besluit", "Wmo", "1", "21 dagen", "21 dagen");
        assertThat(shown(waits, 2)).containsExactly("Besluit", "Alle wetten", "1", "21 dagen",
                "21 dagen");
        String csv = new String(Downloads.fetch(_get(Anchor.class, spec -> spec.withId("monitor-waiting-times-csv")))
                .getBuffer().toByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains("Wachten op;Wet;Hulpvragen;Mediaan;90e percentiel", "Besluit;Wmo;1;21;21");
        assertThat(pdfText()).contains("Wachttijden", "Besluit Wmo 1 21 dagen 21 dagen");

        assertThat(shown(grid("monitor-reasons-triage"), 0))
                .containsExactly("Wmo", "Advies", "1", "100,0%");
        TabSheet reasons = _get(TabSheet.class, spec -> spec.withId("monitor-reasons"));
        reasons.setSelectedTab(_get(reasons, Tab.class, spec -> spec.withLabel("Redenen van weigering")));
        assertThat(GridKt._size(grid("monitor-reasons-refusal-reason"))).isZero();
        assertThat(pdfText()).contains("Uitkomsten en redenen per wet", "Wmo Advies 1 100,0%");
    }

    @Test
    void hidesTheFamiliesAverageScoresBelowFiveAnswersAndShowsThemFromFive() {
        // a provider of its own, with four scores in 2021 (effect 8, route 6, provider 7)
        long provider = jdbc.sql("insert into provider (name) values ('Ervaring 2021') returning id")
                .query(Long.class).single();
        EndedProvisions provisions = new EndedProvisions(jdbc);
        for (int i = 0; i < 4; i++) {
            rate(provisions.ended("45A01", "2021-01-01", "2021-06-30", "2021-06-30", OutflowReason.NO_FOLLOW_UP),
                    provider);
        }
        loginAs("marieke");
        navigate("monitor");
        choose(PeriodKind.YEAR, 2021, 0);

        assertThat(shown(grid("monitor-experience"), 0))
                .containsExactly("Ervaring 2021", "45A01", "4", "\u2013", "\u2013", "\u2013");

        rate(provisions.ended("45A01", "2021-01-01", "2021-06-30", "2021-06-30", OutflowReason.NO_FOLLOW_UP),
                provider);
        choose(PeriodKind.YEAR, 2020, 0);
        choose(PeriodKind.YEAR, 2021, 0);
        assertThat(shown(grid("monitor-experience"), 0))
                .containsExactly("Ervaring 2021", "45A01", "5", "8,0", "6,0", "7,0");
    }

    @Test
    void listsTheCostliestFamiliesTheManagerMayOpenAsLinksToTheirPages() {
        // one family with care in 2022, where the youth team works: the costliest tenth of one is itself
        long family = familyOfTheYouthTeam("Duurste 2022", new EndedProvisions(jdbc)
                .ended("45A01", "2022-01-01", "2022-03-31", "2022-03-31", OutflowReason.NO_FOLLOW_UP));
        loginAs("marieke");
        navigate("monitor");
        choose(PeriodKind.YEAR, 2022, 0);

        assertThat(shown(grid("monitor-costliest"), 0)).startsWith("2022", "1", "1");
        assertThat(_get(Paragraph.class, spec -> spec.withId("monitor-costliest-shown")).getText())
                .isEqualTo("U ziet hieronder 1 van de 1 gezinnen: de gezinnen die u mag openen. De andere tellen"
                        + " alleen mee in de cijfers.");
        Grid<?> families = grid("monitor-costliest-families");
        assertThat(GridKt._size(families)).isEqualTo(1);
        Anchor link = (Anchor) GridKt._getCellComponent(families, 0, "family");
        assertThat(link.getText()).isEqualTo("Duurste 2022");
        assertThat(link.getHref()).isEqualTo("gezinnen/" + family);
    }

    @Test
    void opensTheFamiliesBehindANumberThatTheManagerMayOpenAndCountsTheOthers() {
        // heavy residential care in 2021: a family where the youth team works, one where it does not, and history
        EndedProvisions provisions = new EndedProvisions(jdbc);
        long family = familyOfTheYouthTeam("Zwaar wonen 2021",
                provisions.ended("43A01", "2021-02-01", "2021-05-31", "2021-05-31", OutflowReason.NO_FOLLOW_UP));
        provisions.ended("43A01", "2021-03-01", "2021-06-30", "2021-06-30", OutflowReason.NO_FOLLOW_UP);
        // and basic mental health care (54A02, agreed: 6 months) that ran for eight
        long longer = familyOfTheYouthTeam("Langer 2021",
                provisions.ended("54A02", "2021-01-01", "2021-08-31", "2021-08-31", OutflowReason.NO_FOLLOW_UP));
        loginAs("marieke");
        importYouthCare("43A01", "2021-04-01", "2021-08-31");
        navigate("monitor");
        choose(PeriodKind.YEAR, 2021, 0);
        int row = rowOf(monitor.figures(Period.year(2021)), Indicator.HEAVY_HOUSING_YOUTH);
        assertThat(shown(grid("monitor-indicators"), row).get(1)).isEqualTo("3");

        _click((Button) GridKt._getCellComponent(grid("monitor-indicators"), row, "behind"));

        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Jeugdigen in een zware woonvorm: gezinnen, 2021");
        assertThat(_find(dialog, Paragraph.class)).extracting(Paragraph::getText).containsExactly(
                "In deze lijst staan 2 gezinnen uit Gezinsplan; u kunt er 1 openen.",
                "1 andere gezinnen zijn alleen geteld: u hebt geen toegang tot hun dossier.",
                "1 toewijzingen komen uit ingelezen historie en horen bij geen gezin in Gezinsplan.");
        Grid<?> families = grid("monitor-behind-families");
        assertThat(GridKt._size(families)).isEqualTo(1);
        Anchor link = (Anchor) GridKt._getCellComponent(families, 0, "family");
        assertThat(link.getText()).isEqualTo("Zwaar wonen 2021");
        assertThat(link.getHref()).isEqualTo("gezinnen/" + family);
        _click(_get(Button.class, spec -> spec.withId("monitor-behind-close")));
        // the same behind the breakdown's product category 43
        _get(TabSheet.class, spec -> spec.withId("monitor-breakdowns")).setSelectedIndex(Dimension.CATEGORY.ordinal());
        Grid<?> categories = grid("monitor-breakdown-category");
        int category = firstColumn(categories).indexOf("43");
        _click((Button) GridKt._getCellComponent(categories, category, "behind"));
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("Productcategorie 43: gezinnen, 2021");
        assertThat(_find(_get(Dialog.class), Paragraph.class)).extracting(Paragraph::getText).startsWith(
                "In deze lijst staan 2 gezinnen uit Gezinsplan; u kunt er 1 openen.");
        _click(_get(Button.class, spec -> spec.withId("monitor-behind-close")));
        // behind the care that ran longer than agreed: its family
        Grid<?> agreed = grid("monitor-agreed-duration");
        int line = java.util.stream.IntStream.range(0, GridKt._size(agreed))
                .filter(i -> shown(agreed, i).get(2).equals("54A02")).findFirst().orElseThrow();
        assertThat(shown(agreed, line)).startsWith("Jeugdwet");
        _click((Button) GridKt._getCellComponent(agreed, line, "behind"));
        Anchor longest = (Anchor) GridKt._getCellComponent(grid("monitor-behind-families"), 0, "family");
        assertThat(longest.getText()).isEqualTo("Langer 2021");
        assertThat(longest.getHref()).isEqualTo("gezinnen/" + longer);
        _click(_get(Button.class, spec -> spec.withId("monitor-behind-close")));
        // behind the line of an outflow reason: the three families whose care ended for it
        Grid<?> outflow = grid("monitor-outflow-reasons");
        assertThat(shown(outflow, 0)).startsWith("Jeugdwet", "Geen vervolghulp nodig", "3");
        _click((Button) GridKt._getCellComponent(outflow, 0, "behind"));
        assertThat(_get(Dialog.class).getHeaderTitle())
                .isEqualTo("Uitstroom Jeugdwet: Geen vervolghulp nodig: gezinnen, 2021");
        assertThat(_find(_get(Dialog.class), Paragraph.class)).extracting(Paragraph::getText).startsWith(
                "In deze lijst staan 3 gezinnen uit Gezinsplan; u kunt er 2 openen.");
        _click(_get(Button.class, spec -> spec.withId("monitor-behind-close")));
        // behind February's flows: the family whose heavy residential care began then
        Grid<?> flows = grid("monitor-flows");
        assertThat(shown(flows, 1).subList(1, 5)).containsExactly("0", "0", "1", "0");
        _click((Button) GridKt._getCellComponent(flows, 1, "behind"));
        assertThat(_find(_get(Dialog.class), Paragraph.class)).extracting(Paragraph::getText).startsWith(
                "In deze lijst staan 1 gezinnen uit Gezinsplan; u kunt er 1 openen.");
        _click(_get(Button.class, spec -> spec.withId("monitor-behind-close")));
        // a share that measures a duty towards each family lists those it was not met for, and says so
        int withinTerm = rowOf(monitor.figures(Period.year(2021)), Indicator.WITHIN_STATUTORY_TERM);
        _click((Button) GridKt._getCellComponent(grid("monitor-indicators"), withinTerm, "behind"));
        assertThat(_get(Dialog.class).getHeaderTitle())
                .isEqualTo("Besluiten buiten de wettelijke termijn: gezinnen, 2021");
        _click(_get(Button.class, spec -> spec.withId("monitor-behind-close")));
        // the experience scores have no list: below five answers it would name who scored
        assertThat(grid("monitor-experience").getColumnByKey("behind")).isNull();

        // an administrator reads the numbers but opens no family
        loginAs("beheer");
        navigate("monitor");
        choose(PeriodKind.YEAR, 2021, 0);
        _click((Button) GridKt._getCellComponent(grid("monitor-indicators"), row, "behind"));
        assertThat(_find(_get(Dialog.class), Paragraph.class)).extracting(Paragraph::getText).startsWith(
                "In deze lijst staan 2 gezinnen uit Gezinsplan; u kunt er 0 openen.");
        assertThat(_find(Grid.class, spec -> spec.withId("monitor-behind-families"))).isEmpty();
    }

    @Test
    void aManagerKeepsTheProgressOfAMeasureAndTheMonitorAndTheReportShowIt() throws IOException {
        loginAs("marieke");
        navigate("monitor");
        Select<MeasureProgress> measure = _get(Select.class, spec -> spec.withId("monitor-measure"));
        _setValue(measure, measure.getListDataView().getItem(13));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Acties")),
                "Afbouwplan zware verblijfszorg met aanbieders");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Eigenaar")), "Beleidsadviseur jeugd");
        _setValue(_get(Select.class, spec -> spec.withLabel("Stand")), MeasureStatus.UNDERWAY);
        _setValue(_get(Select.class, spec -> spec.withLabel("Stoplicht")), TrafficLight.ORANGE);
        _click(_get(Button.class, spec -> spec.withId("monitor-measure-save")));

        assertThat(shown(grid("monitor-measures"), 13)).startsWith(
                "M14 Sturen op minder inzet zware verblijfszorg", "Afbouwplan zware verblijfszorg met aanbieders",
                "Beleidsadviseur jeugd", "Loopt").last().asString().contains("traffic-light-orange");
        assertThat(pdfText()).contains("Voortgang van de maatregelen", "Beleidsadviseur jeugd Loopt Oranje");

        // an owner longer than its column: refused in words, the form (shown again after the save) keeps what was typed
        measure = _get(Select.class, spec -> spec.withId("monitor-measure"));
        _setValue(measure, measure.getListDataView().getItem(13));
        String tooLong = "x".repeat(201);
        TextField owner = _get(TextField.class, spec -> spec.withLabel("Eigenaar"));
        _setValue(owner, tooLong);
        _click(_get(Button.class, spec -> spec.withId("monitor-measure-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-error")).getText()).contains("200");
        assertThat(owner.getValue()).isEqualTo(tooLong);

        // a colleague saved meanwhile: not overwritten, and said so
        MeasureProgress seen = measure.getValue();
        programmeMeasures.update(new MeasureProgress(14, "Door een collega", "Collega", MeasureStatus.DELAYED,
                TrafficLight.RED, null, null, seen.version()));
        _setValue(owner, "Beleidsadviseur jeugd");
        _click(_get(Button.class, spec -> spec.withId("monitor-measure-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-error")).getText())
                .isEqualTo(UI.getCurrent().getTranslation("input.changed-meanwhile"));
        assertThat(programmeMeasures.all().get(13).owner()).isEqualTo("Collega");
    }

    @Test
    void anAdministratorReadsTheProgressOfTheMeasuresButDoesNotKeepIt() {
        loginAs("beheer");
        navigate("monitor");

        assertThat(GridKt._size(grid("monitor-measures"))).isEqualTo(14);
        assertThat(_find(Details.class, spec -> spec.withId("monitor-measure-form"))).isEmpty();
        MeasureProgress first = programmeMeasures.all().get(0);
        assertThatThrownBy(() -> programmeMeasures.update(first)).isInstanceOf(AccessDeniedException.class);
    }

    private void rate(long provision, long provider) {
        jdbc.sql("update provision set provider_id = :provider where id = :id").param("provider", provider)
                .param("id", provision).update();
        jdbc.sql("""
                        insert into care_rating (provision_id, family_id, moment, person_id, effect_score, route_score,
                            provider_score, rated_by, rated_at)
                        select id, family_id, 'END', person_id, 8, 6, 7, 'test', '2021-07-01 12:00+02'
                        from provision where id = :id""").param("id", provision).update();
    }

    @Test
    void namesTheLawsNotTheirCodesInTheBreakdownByLawOnTheScreenInTheCsvFileAndInTheCouncilReport() throws IOException {
        loginAs("marieke");
        importYouthCare("2019-06-03", "2019-09-30");
        navigate("monitor");
        choose(PeriodKind.YEAR, 2019, 0);

        assertThat(firstColumn(grid("monitor-breakdown-law"))).contains("Jeugdwet")
                .allMatch(name -> List.of("Jeugdwet", "Wmo", "Participatiewet").contains(name));
        String csv = new String(Downloads.fetch(_get(Anchor.class, spec -> spec.withId("monitor-breakdown-law-csv")))
                .getBuffer().toByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains("\nJeugdwet;").doesNotContain("JEUGDWET", "PARTICIPATIEWET", "WMO");
        assertThat(pdfText()).contains("Uitsplitsing naar Wet", "Jeugdwet").doesNotContain("JEUGDWET", "WMO");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("monitor");
        choose(PeriodKind.YEAR, 2019, 0);
        assertThat(firstColumn(grid("monitor-breakdown-law"))).contains("Youth Act");
        assertThat(pdfText()).contains("Youth Act").doesNotContain("JEUGDWET", "WMO");
    }

    @Test
    void anIndicatorWithATargetButNothingMeasuredSaysSoInsteadOfNoTarget() {
        loginAs("marieke");
        navigate("monitor");
        choose(PeriodKind.MONTH, 2019, 3);

        Grid<?> grid = grid("monitor-indicators");
        int row = rowOf(monitor.figures(Period.month(java.time.YearMonth.of(2019, 3))),
                Indicator.WITHIN_STATUTORY_TERM);
        assertThat(shown(grid, row).get(4)).isEqualTo("100,0%");
        Component light = GridKt._getCellComponent(grid, row, "c5");
        assertThat(light.getElement().getTextRecursively()).isEqualTo("Niet gemeten");
        assertThat(light.getElement().getClassList()).contains("traffic-light-no-value");
    }

    @Test
    void switchingTheLanguageKeepsTheChosenPeriodAndNamesTheMonth() {
        loginAs("marieke");
        navigate("monitor");
        choose(PeriodKind.MONTH, 2019, 12);
        assertThat(_get(H2.class, spec -> spec.withText("december 2019"))).isNotNull();

        try {
            _setValue(_get(LanguageSelect.class), Translations.ENGLISH);
            navigate("monitor");

            assertThat(_get(H2.class, spec -> spec.withText("December 2019"))).isNotNull();
            assertThat(_get(Select.class, spec -> spec.withId("period-kind")).getValue()).isEqualTo(PeriodKind.MONTH);
            assertThat(_get(Select.class, spec -> spec.withId("period-part")).getValue()).isEqualTo(12);
        } finally {
            // the account remembers the language for the next login: later tests log marieke in in Dutch
            _setValue(_get(LanguageSelect.class), Translations.DUTCH);
        }
    }

    @Test
    void theImportIsReachableFromTheMonitor() {
        loginAs("marieke");
        navigate("monitor");

        navigate(_get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("monitor-import")).getHref());

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ProvisionImportView.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna", "sanne"})
    void aConsultantAndAFamilyMemberAreRefusedTheScreensAndTheFigures(String user) {
        loginAs(user);

        navigate("monitor");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(MonitorView.class);
        navigate("monitor/importeren");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(ProvisionImportView.class);

        Period period = Period.halfYear(2025, 1);
        assertThatThrownBy(() -> monitor.figures(period)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> councilReport.pdf(period, DUTCH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.importCsv("x.csv", new ByteArrayInputStream(new byte[0]),
                ImportMode.GOOD_LINES)).isInstanceOf(AccessDeniedException.class);
    }

    @SuppressWarnings("unchecked")
    /** The provision's family, named, where the youth team (manager marieke's) works. */
    private long familyOfTheYouthTeam(String name, long provision) {
        long family = jdbc.sql("select family_id from provision where id = :id").param("id", provision)
                .query(Long.class).single();
        jdbc.sql("update family set name = :name where id = :id").param("name", name).param("id", family).update();
        jdbc.sql("insert into family_team (family_id, team_code) values (:family, 'jeugd')").param("family", family)
                .update();
        return family;
    }

    /** A row's cells as shown, without the button to the families behind them. */
    private static List<String> shown(Grid<?> grid, int row) {
        List<String> cells = GridKt._getFormattedRow(grid, row);
        return grid.getColumnByKey("behind") == null ? cells : cells.subList(0, cells.size() - 1);
    }

    private void choose(PeriodKind kind, int year, int part) {
        Select<PeriodKind> kinds = _get(Select.class, spec -> spec.withId("period-kind"));
        Select<Integer> years = _get(Select.class, spec -> spec.withId("period-year"));
        _setValue(kinds, kind);
        _setValue(years, year);
        if (kind != PeriodKind.YEAR) {
            Select<Integer> parts = _get(Select.class, spec -> spec.withId("period-part"));
            _setValue(parts, part);
        }
    }

    private long inflowNonResidential() {
        Grid<?> flows = grid("monitor-flows");
        assertThat(GridKt._size(flows)).isOne();
        return Long.parseLong(shown(flows, 0).get(1).replace(".", ""));
    }

    /** A youth of ten with home help (non-residential) or the product given, under a client number of its own. */
    private void importYouthCare(String start, String end) {
        importYouthCare("45A48", start, end);
    }

    private void importYouthCare(String product, String start, String end) {
        String client = "MV" + CLIENTS.incrementAndGet();
        String file = String.join(";", ProvisionImport.COLUMNS) + "\n" + String.join(";", client,
                LocalDate.parse(start).minusYears(10).toString(), "JEUGDWET", product.substring(0, 2), product,
                "Monitor Jeugdhulp", "GP",
                "Centrum", start, end, "", "", "4", "HOUR", "PER_WEEK", "85.50", "") + "\n";
        var report = imports.importCsv(client + ".csv", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                ImportMode.ALL_OR_NOTHING);
        assertThat(report.problems()).isEmpty();
        assertThat(report.loaded()).isOne();
    }

    /** The council report for the period chosen on the screen, as text. */
    private static String pdfText() throws IOException {
        FakeResponse response = Downloads.fetch(_get(Anchor.class, spec -> spec.withId("monitor-report")));
        try (PDDocument pdf = Loader.loadPDF(response.getBuffer().toByteArray())) {
            return new PDFTextStripper().getText(pdf).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
    }

    private static List<String> firstColumn(Grid<?> grid) {
        return java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(row -> shown(grid, row).get(0)).toList();
    }

    private static int rowOf(MonitorFigures figures, Indicator indicator) {
        return figures.indicators().stream().map(IndicatorValue::indicator).toList().indexOf(indicator);
    }

    private Period chosenPeriod() {
        return CouncilReport.lastHalfYear(LocalDate.now(clock));
    }

    private MonitorTexts texts() {
        return new MonitorTexts((key, arguments) -> messages.getMessage(key, arguments, DUTCH), DUTCH);
    }

    private static Grid<?> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }
}
