package nl.gezinsplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.OutflowReason;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The council report's PDF, written from figures given here, read back with PDFBox. */
class CouncilReportTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final Period FIRST_HALF_2025 = Period.halfYear(2025, 1);

    private final ResourceBundleMessageSource messages = messages();
    private final CouncilReport report = new CouncilReport(null, null, messages, "Lelystad");

    @Test
    void showsEveryIndicatorWithItsValueBaselinesTargetAndTrafficLightWord() throws IOException {
        String text = textOf(report.write(figures(3), trend(), measures(), texts(DUTCH)));

        assertThat(text).contains("Monitor sociaal domein gemeente Lelystad",
                messages.getMessage(FIRST_HALF_2025.messageKey(), FIRST_HALF_2025.labelArguments(), DUTCH));
        assertThat(text).contains(name(Indicator.NON_RESIDENTIAL_YOUTH_SHARE) + " 12,1% 12,7% 11,9% 11,5% Oranje",
                name(Indicator.COST_PER_YOUTH) + " € 18.000 € 17.300 € 20.200 € 19.000 Groen",
                name(Indicator.RESIDENTIAL_YOUTH_SHARE) + " 2,1% 1,7% 1,8% 1,6% Rood");
        assertThat(text).contains("Jeugdwet € 4.500.000 € 9.000.000 50,0% Groen", "Zorg & Co");
        assertThat(text).contains("Redenen van uitstroom per wet", "Jeugdwet Afgeschaald 7 43,8%");
        // the median of 20.5 days reads as whole days
        assertThat(text).contains("Wachttijden", "Besluit Wmo 12 21 dagen 41 dagen", "Besluit Alle wetten 12");
        assertThat(text).contains("Uitkomsten en redenen per wet", "Redenen van weigering",
                "Jeugdwet Niet doelmatig of niet effectief 3 75,0%");
        assertThat(text).contains("Gezinnen met de hoogste kosten (duurste 10%)",
                "2025 400 40 € 3.000.000 45,5% 3,2 1,8 4,1");
        assertThat(text).contains("Voortgang van de maatregelen",
                "M9 Aanscherpen \"nee, tenzij\" Scholing verwijzers in de toets Beleid jeugd Vertraagd Oranje",
                "Nog niet begonnen Nog geen oordeel");
        assertThat(text).contains("Prognose 2025 per wet, stand 30 juni 2025",
                "Jeugdwet € 4.000.000 € 4.200.000 € 900.000 € 9.100.000 € 8.600.000 € 9.700.000 € 9.000.000 Rood");
        assertThat(text).contains("Resultaat van be\u00ebindigde zorg per wet", "Jeugdwet 9 3 25,0% 10 4 6 50,0%");
        assertThat(text).contains("Ervaring van gezinnen", "Zorg & Co 45A48 6 7,5 6,0 8,2", "Alle aanbieders 6 7,5",
                "Levering volgens gezinnen per aanbieder", "Zorg & Co 20 2 10,0%");
        assertThat(text).contains("Zorg langer dan afgesproken per aanbieder en product",
                "Jeugdwet Zorg & Co 45A48 12 20 7 35,0%", "Pgb en zorg zonder contract per wet",
                "Wmo 200 30 15,0% 11,2% 150 6 4,0%");
    }

    @Test
    void speaksTheReadersLanguage() throws IOException {
        String text = textOf(report.write(figures(3), trend(), measures(), texts(Locale.ENGLISH)));

        assertThat(text).contains("Social domain monitor, municipality of Lelystad", "12.1%", "Orange", "Green", "Red",
                "€18,000", "Outflow reasons per law", "Youth Act Scaled down 7 43.8%", "Waiting times",
                "Decision All laws 12");
    }

    @Test
    void drawsItsChartsAsVectorsNotImages() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(report.write(figures(3), trend(), measures(), texts(DUTCH)))) {
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getResources().getXObjectNames()).isEmpty();
            }
            assertThat(textOf(report.write(figures(3), trend(), measures(), texts(DUTCH))))
                    .contains("Instroom ambulant", "Uitstroom verblijf");
        }
    }

    @Test
    void aLongTableGoesOnOverMorePages() throws IOException {
        byte[] pdf = report.write(figures(120), trend(), measures(), texts(DUTCH));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
        }
        assertThat(textOf(pdf)).contains("Aanbieder 119");
    }

    @Test
    void theCouncilGetsTheLastHalfYearThatEnded() {
        assertThat(CouncilReport.lastHalfYear(LocalDate.of(2026, 11, 23))).isEqualTo(Period.halfYear(2026, 1));
        assertThat(CouncilReport.lastHalfYear(LocalDate.of(2026, 6, 30))).isEqualTo(Period.halfYear(2025, 2));
    }

    private MonitorFigures figures(int providers) {
        List<IndicatorValue> indicators = List.of(
                value(Indicator.NON_RESIDENTIAL_YOUTH_SHARE, "12.1", "12.7", "11.9", "11.5", TrafficLight.ORANGE),
                value(Indicator.COST_PER_YOUTH, "18000", "17300", "20200", "19000", TrafficLight.GREEN),
                value(Indicator.RESIDENTIAL_YOUTH_SHARE, "2.1", "1.7", "1.8", "1.6", TrafficLight.RED));
        List<MonthlyFlow> flows = FIRST_HALF_2025.months().stream()
                .map(month -> new MonthlyFlow(month, 40 + month.getMonthValue(), 30, 4, 3)).toList();
        List<BreakdownRow> rows = new ArrayList<>();
        rows.add(new BreakdownRow("Zorg & Co", 12, 14, 3, 2, new BigDecimal("48000")));
        IntStream.range(1, providers).forEach(i -> rows.add(
                new BreakdownRow("Aanbieder " + i, i, i, 1, 1, BigDecimal.valueOf(1000L * i))));
        return new MonitorFigures(FIRST_HALF_2025, indicators, flows,
                List.of(new Breakdown(Dimension.PROVIDER, rows)),
                List.of(new ExtensionCount("Zorg & Co", "45A48", 2025, 1, 5)),
                List.of(new LawFigures(Law.WMO, 80, 95, new BigDecimal("310000"))),
                List.of(new BudgetLine(Law.JEUGDWET, new BigDecimal("4500000"), new BigDecimal("9000000"),
                        new BigDecimal("50.0"), TrafficLight.GREEN)),
                List.of(new OutflowReasonCount(Law.JEUGDWET, OutflowReason.SCALED_DOWN, 7, new BigDecimal("43.8"))),
                List.of(new ObjectionCount(Law.WMO, 5, 4, 1, new BigDecimal("25.0"))),
                List.of(new WaitingTime(WaitingStage.DECISION, Optional.of(Law.WMO), 12, new BigDecimal("20.5"),
                        new BigDecimal("41.0")), new WaitingTime(WaitingStage.DECISION, Optional.empty(), 12,
                        new BigDecimal("20.5"), new BigDecimal("41.0"))),
                List.of(new ReasonCount(ReasonKind.REFUSAL_REASON, Law.JEUGDWET, "NOT_EFFECTIVE", 3,
                        new BigDecimal("75.0"))),
                List.of(new ExperienceScore("Zorg & Co", "45A48", 6, new BigDecimal("7.5"), new BigDecimal("6.0"),
                        new BigDecimal("8.2")), new ExperienceScore(null, null, 6, new BigDecimal("7.5"),
                        new BigDecimal("6.0"), new BigDecimal("8.2"))),
                List.of(new DeliveryCheck("Zorg & Co", 20, 2, new BigDecimal("10.0"))),
                List.of(new Outcome(Law.JEUGDWET, 9, 3, new BigDecimal("25.0"), 10, 4, 6, new BigDecimal("50.0"))),
                List.of(new Forecast(Law.JEUGDWET, LocalDate.of(2025, 6, 30), new BigDecimal("4000000"),
                        new BigDecimal("4200000"), new BigDecimal("900000"), new BigDecimal("9100000"),
                        new BigDecimal("8600000"), new BigDecimal("9700000"), new BigDecimal("9000000"),
                        TrafficLight.RED)),
                List.of(new CostConcentration(2025, 400, 40, new BigDecimal("3000000"), new BigDecimal("45.5"),
                        new BigDecimal("3.2"), new BigDecimal("1.8"), new BigDecimal("4.1"))),
                List.of(new ContractUse(Law.WMO, 200, 30, new BigDecimal("15.0"), new BigDecimal("500000"),
                        new BigDecimal("11.2"), 150, 6, new BigDecimal("4.0"))),
                List.of(new AgreedDuration(Law.JEUGDWET, "Zorg & Co", "45A48", 12, 20, 7, new BigDecimal("35.0"))));
    }

    private static List<MeasureProgress> measures() {
        return List.of(new MeasureProgress(9, "Scholing verwijzers in de toets", "Beleid jeugd", MeasureStatus.DELAYED,
                TrafficLight.ORANGE, "marieke", null, 3), new MeasureProgress(10, "", "", MeasureStatus.NOT_STARTED,
                TrafficLight.NONE, null, null, 0));
    }

    private static List<MonthlyFlow> trend() {
        YearMonth last = YearMonth.of(2025, 6);
        return IntStream.range(0, CouncilReport.TREND_MONTHS)
                .mapToObj(i -> new MonthlyFlow(last.minusMonths(23 - i), 30 + i, 25, 3, 2)).toList();
    }

    private static IndicatorValue value(Indicator indicator, String value, String baseline2023, String baseline2024,
            String target, TrafficLight light) {
        return new IndicatorValue(indicator, new BigDecimal(value), new BigDecimal(baseline2023),
                new BigDecimal(baseline2024), new BigDecimal(target), light);
    }

    private String name(Indicator indicator) {
        return messages.getMessage(indicator.messageKey(), null, DUTCH);
    }

    private MonitorTexts texts(Locale locale) {
        return new MonitorTexts((key, arguments) -> messages.getMessage(key, arguments, locale), locale);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/monitor", "i18n/reporting", "i18n/casework");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
    }
}
