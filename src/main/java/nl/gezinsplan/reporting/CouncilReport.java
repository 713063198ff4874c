package nl.gezinsplan.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The council's (half-yearly) report as PDF: every indicator with its baselines, target and traffic light, the progress
 * of the programme's measures, the monthly in- and outflow and the trend over two years as charts, the breakdowns, the
 * extensions, care longer than agreed, the use of the contracts, the other laws, the outcomes of ended care, the
 * costliest tenth of the families, the outflow reasons, the objections, the outcomes and reasons recorded on the route,
 * the families' experience, the waiting times, the budget use against the ceilings and the forecast of the year's
 * spending. Written in the language asked for; the figures come from the {@link Monitor}.
 */
@Service
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
public class CouncilReport {

    public static final String CONTENT_TYPE = "application/pdf";
    /** How many months the trend chart looks back, the period's last month included. */
    public static final int TREND_MONTHS = 24;

    private final Monitor monitor;
    private final ProgrammeMeasures measures;
    private final MessageSource messages;
    private final String municipality;

    CouncilReport(Monitor monitor, ProgrammeMeasures measures, MessageSource messages,
            @Value("${gezinsplan.decision.municipality}") String municipality) {
        this.monitor = monitor;
        this.measures = measures;
        this.messages = messages;
        this.municipality = municipality;
    }

    /** The half-year the council gets next: the last one that has ended by {@code today}. */
    public static Period lastHalfYear(LocalDate today) {
        return today.getMonthValue() <= 6 ? Period.halfYear(today.getYear() - 1, 2) : Period.halfYear(today.getYear(), 1);
    }

    /** The trend's months: {@link #TREND_MONTHS} months up to the period's last. */
    public List<MonthlyFlow> trend(Period period) {
        YearMonth last = YearMonth.from(period.last());
        return monitor.flows(last.minusMonths(TREND_MONTHS - 1), last);
    }

    public String fileName(Period period, Locale locale) {
        MonitorTexts texts = texts(locale);
        return texts.fileName(texts.text("monitor.report.file"), period, "pdf");
    }

    public byte[] pdf(Period period, Locale locale) {
        return write(monitor.figures(period), trend(period), measures.all(), texts(locale));
    }

    byte[] write(MonitorFigures figures, List<MonthlyFlow> trend, List<MeasureProgress> progress,
            MonitorTexts texts) {
        MonitorTables tables = new MonitorTables(texts);
        MonitorCharts charts = new MonitorCharts(texts);
        String title = texts.text("monitor.report.title", municipality, texts.period(figures.period()));
        try (PdfReport report = new PdfReport(title, texts.text("monitor.report.author", municipality), texts)) {
            report.title(title);
            report.line(texts.text("monitor.report.intro"));
            report.heading(texts.text("monitor.indicators.title"));
            report.table(tables.indicators(figures.indicators()));
            captioned(report, tables.measures(progress), texts.text("monitor.measures.caption"));
            report.chartHeading(texts.text("monitor.flows.title"));
            report.chart(charts.flows(figures.flows()));
            report.line(texts.text("monitor.flows.seasonal"));
            report.table(tables.flows(figures.flows()));
            report.chartHeading(texts.text("monitor.trend.title"));
            report.chart(charts.trend(trend));
            for (Breakdown breakdown : figures.breakdowns()) {
                ReportTable table = tables.breakdown(breakdown);
                report.heading(table.title());
                report.table(table);
            }
            report.heading(texts.text("monitor.extensions.title"));
            report.table(tables.extensions(figures.extensions()));
            captioned(report, tables.agreedDurations(figures.agreedDurations()),
                    texts.text("monitor.agreed-duration.caption"));
            captioned(report, tables.contracts(figures.contracts()), texts.text("monitor.contracts.caption"));
            report.heading(texts.text("monitor.laws.title"));
            report.table(tables.laws(figures.laws()));
            captioned(report, tables.outcomes(figures.outcomes()), texts.text("monitor.outcomes.caption"));
            captioned(report, tables.outflowReasons(figures.outflowReasons()), texts.text("monitor.outflow-reasons.caption"));
            captioned(report, tables.objections(figures.objections()), texts.text("monitor.objections.caption"));
            report.heading(texts.text("monitor.reasons.title"));
            report.line(texts.text("monitor.reasons.caption"));
            for (ReasonKind kind : ReasonKind.values()) {
                ReportTable table = tables.reasons(kind, figures.reasons());
                report.heading(table.title());
                report.table(table);
            }
            captioned(report, tables.costliest(figures.costliest()), texts.text("monitor.costliest.caption"));
            captioned(report, tables.experience(figures.experience()), texts.text("monitor.experience.caption"));
            captioned(report, tables.deliveries(figures.deliveries()), texts.text("monitor.delivery.caption"));
            captioned(report, tables.waitingTimes(figures.waitingTimes()), texts.text("monitor.waiting-times.caption"));
            report.chartHeading(texts.text("monitor.budgets.title"));
            report.chart(charts.budgets(figures.budgets()));
            report.line(texts.text("monitor.budgets.caption"));
            report.table(tables.budgets(figures.budgets()));
            report.chartHeading(tables.forecastTitle(figures.forecasts()));
            report.chart(charts.forecasts(figures.forecasts()));
            report.line(texts.text("monitor.forecast.caption"));
            report.table(tables.forecasts(figures.forecasts()));
            return report.toPdf();
        } catch (IOException e) {
            throw new UncheckedIOException("The council report could not be written", e);
        }
    }

    /** A table under its title, with the words that say what it counts. */
    private static void captioned(PdfReport report, ReportTable table, String caption) throws IOException {
        report.heading(table.title());
        report.line(caption);
        report.table(table);
    }

    private MonitorTexts texts(Locale locale) {
        return new MonitorTexts((key, arguments) -> messages.getMessage(key, arguments, locale), locale);
    }
}
