package nl.gezinsplan.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.gezinsplan.base.Law;

/** The monitor's figures as the tables a reader sees beside the charts, downloads as CSV and finds in the report. */
public final class MonitorTables {

    private final MonitorTexts texts;

    public MonitorTables(MonitorTexts texts) {
        this.texts = texts;
    }

    public ReportTable indicators(List<IndicatorValue> values) {
        List<List<Cell>> rows = new ArrayList<>();
        for (IndicatorValue value : values) {
            Measure measure = value.indicator().measure();
            rows.add(List.of(Cell.text(texts.indicator(value.indicator())), Cell.number(value.value(), measure),
                    Cell.number(value.baseline2023(), measure), Cell.number(value.baseline2024(), measure),
                    Cell.number(value.target(), measure), Cell.light(value.light(), texts.light(value.light())),
                    Cell.text(texts.text("monitor.unit." + measure.name()))));
        }
        return new ReportTable(texts.text("monitor.indicators.title"), headers("monitor.indicators.indicator",
                "monitor.indicators.value", "monitor.indicators.baseline-2023", "monitor.indicators.baseline-2024",
                "monitor.indicators.target", "monitor.indicators.light", "monitor.indicators.unit"), rows);
    }

    /** The months of the chosen period. */
    public ReportTable flows(List<MonthlyFlow> flows) {
        return flowTable(texts.text("monitor.flows.title"), flows);
    }

    /** The months before the chosen period's end, for the trend. */
    public ReportTable trend(List<MonthlyFlow> flows) {
        return flowTable(texts.text("monitor.trend.title"), flows);
    }

    public ReportTable breakdown(Breakdown breakdown) {
        List<List<Cell>> rows = breakdown.rows().stream().map(row -> List.of(Cell.text(label(breakdown, row)),
                Cell.count(row.clients()), Cell.count(row.chains()), Cell.count(row.inflow()),
                Cell.count(row.outflow()), Cell.number(row.cost(), Measure.EURO))).toList();
        String dimension = texts.dimension(breakdown.dimension());
        return new ReportTable(texts.text("monitor.breakdown.title", dimension), List.of(dimension,
                texts.text("monitor.breakdown.clients"), texts.text("monitor.breakdown.chains"),
                texts.text("monitor.breakdown.inflow"), texts.text("monitor.breakdown.outflow"),
                texts.text("monitor.breakdown.cost")), rows);
    }

    /** A law by its name, not its code; the other dimensions' labels are names already. */
    private String label(Breakdown breakdown, BreakdownRow row) {
        return breakdown.dimension() == Dimension.LAW ? texts.law(Law.valueOf(row.label())) : row.label();
    }

    public ReportTable extensions(List<ExtensionCount> extensions) {
        List<List<Cell>> rows = extensions.stream().map(count -> List.of(Cell.text(count.provider()),
                Cell.text(count.productCode()),
                Cell.text(texts.text("monitor.extensions.quarter", count.year(), count.quarter())),
                Cell.count(count.extensions()))).toList();
        return new ReportTable(texts.text("monitor.extensions.title"), headers("monitor.extensions.provider",
                "monitor.extensions.product", "monitor.extensions.period", "monitor.extensions.count"), rows);
    }

    public ReportTable laws(List<LawFigures> laws) {
        List<List<Cell>> rows = laws.stream().map(law -> List.of(Cell.text(texts.law(law.law())),
                Cell.count(law.clients()), Cell.count(law.provisions()), Cell.number(law.cost(), Measure.EURO)))
                .toList();
        return new ReportTable(texts.text("monitor.laws.title"), headers("monitor.laws.law", "monitor.laws.clients",
                "monitor.laws.provisions", "monitor.laws.cost"), rows);
    }

    public ReportTable outflowReasons(List<OutflowReasonCount> counts) {
        List<List<Cell>> rows = counts.stream().map(count -> List.of(Cell.text(texts.law(count.law())),
                Cell.text(texts.outflowReason(count.reason())), Cell.count(count.provisions()),
                Cell.number(count.share(), Measure.PERCENT))).toList();
        return new ReportTable(texts.text("monitor.outflow-reasons.title"), headers("monitor.outflow-reasons.law",
                "monitor.outflow-reasons.reason", "monitor.outflow-reasons.provisions",
                "monitor.outflow-reasons.share"), rows);
    }

    public ReportTable objections(List<ObjectionCount> counts) {
        List<List<Cell>> rows = counts.stream().map(count -> List.of(Cell.text(texts.law(count.law())),
                Cell.count(count.received()), Cell.count(count.decided()), Cell.count(count.upheld()),
                Cell.number(count.shareUpheld(), Measure.PERCENT))).toList();
        return new ReportTable(texts.text("monitor.objections.title"), headers("monitor.objections.law",
                "monitor.objections.received", "monitor.objections.decided", "monitor.objections.upheld",
                "monitor.objections.share-upheld"), rows);
    }

    /** The counts of one kind of reason, per law. */
    public ReportTable reasons(ReasonKind kind, List<ReasonCount> counts) {
        List<List<Cell>> rows = counts.stream().filter(count -> count.kind() == kind)
                .map(count -> List.of(Cell.text(texts.law(count.law())),
                        Cell.text(texts.text(kind.messageKey(count.code()))), Cell.count(count.requests()),
                        Cell.number(count.share(), Measure.PERCENT))).toList();
        return new ReportTable(texts.text(kind.messageKey()), headers("monitor.reasons.law", "monitor.reasons.code",
                "monitor.reasons.requests", "monitor.reasons.share"), rows);
    }

    public ReportTable experience(List<ExperienceScore> scores) {
        List<List<Cell>> rows = scores.stream().map(score -> List.of(
                Cell.text(score.provider() == null ? texts.text("monitor.experience.all") : score.provider()),
                Cell.text(score.productCode() == null ? "" : score.productCode()), Cell.count(score.answers()),
                Cell.number(score.effect(), Measure.NUMBER), Cell.number(score.route(), Measure.NUMBER),
                Cell.number(score.providerScore(), Measure.NUMBER))).toList();
        return new ReportTable(texts.text("monitor.experience.title"), headers("monitor.experience.provider",
                "monitor.experience.product", "monitor.experience.answers", "monitor.experience.effect",
                "monitor.experience.route", "monitor.experience.provider-score"), rows);
    }

    public ReportTable deliveries(List<DeliveryCheck> checks) {
        List<List<Cell>> rows = checks.stream().map(check -> List.of(Cell.text(check.provider()),
                Cell.count(check.answered()), Cell.count(check.notDelivered()),
                Cell.number(check.shareNotDelivered(), Measure.PERCENT))).toList();
        return new ReportTable(texts.text("monitor.delivery.title"), headers("monitor.delivery.provider",
                "monitor.delivery.answered", "monitor.delivery.not-delivered", "monitor.delivery.share"), rows);
    }

    public ReportTable outcomes(List<Outcome> outcomes) {
        List<List<Cell>> rows = outcomes.stream().map(outcome -> List.of(Cell.text(texts.law(outcome.law())),
                Cell.count(outcome.endedAsPlanned()), Cell.count(outcome.stoppedEarly()),
                Cell.number(outcome.shareStoppedEarly(), Measure.PERCENT), Cell.count(outcome.goalsAchieved()),
                Cell.count(outcome.goalsPartly()), Cell.count(outcome.goalsNotAchieved()),
                Cell.number(outcome.shareAchieved(), Measure.PERCENT))).toList();
        return new ReportTable(texts.text("monitor.outcomes.title"), headers("monitor.outcomes.law",
                "monitor.outcomes.as-planned", "monitor.outcomes.stopped-early", "monitor.outcomes.share-stopped-early",
                "monitor.outcomes.achieved", "monitor.outcomes.partly", "monitor.outcomes.not-achieved",
                "monitor.outcomes.share-achieved"), rows);
    }

    public ReportTable contracts(List<ContractUse> contracts) {
        List<List<Cell>> rows = contracts.stream().map(use -> List.of(Cell.text(texts.law(use.law())),
                Cell.count(use.provisions()), Cell.count(use.personalBudget()),
                Cell.number(use.sharePersonalBudget(), Measure.PERCENT),
                Cell.number(use.shareCostPersonalBudget(), Measure.PERCENT), Cell.count(use.inKindKnown()),
                Cell.count(use.offContract()), Cell.number(use.shareOffContract(), Measure.PERCENT))).toList();
        return new ReportTable(texts.text("monitor.contracts.title"), headers("monitor.contracts.law",
                "monitor.contracts.provisions", "monitor.contracts.personal-budget",
                "monitor.contracts.share-personal-budget", "monitor.contracts.share-cost-personal-budget",
                "monitor.contracts.in-kind-known", "monitor.contracts.off-contract",
                "monitor.contracts.share-off-contract"), rows);
    }

    public ReportTable agreedDurations(List<AgreedDuration> durations) {
        List<List<Cell>> rows = durations.stream().map(duration -> List.of(Cell.text(texts.law(duration.law())),
                Cell.text(duration.provider()), Cell.text(duration.productCode()), Cell.count(duration.maxMonths()),
                Cell.count(duration.chains()), Cell.count(duration.longer()),
                Cell.number(duration.shareLonger(), Measure.PERCENT))).toList();
        return new ReportTable(texts.text("monitor.agreed-duration.title"), headers("monitor.agreed-duration.law",
                "monitor.agreed-duration.provider", "monitor.agreed-duration.product",
                "monitor.agreed-duration.max-months", "monitor.agreed-duration.chains",
                "monitor.agreed-duration.longer", "monitor.agreed-duration.share"), rows);
    }

    public ReportTable waitingTimes(List<WaitingTime> times) {
        List<List<Cell>> rows = times.stream().map(time -> List.of(Cell.text(texts.text(time.stage().messageKey())),
                Cell.text(time.law().map(texts::law).orElse(texts.text("monitor.waiting-times.all-laws"))),
                Cell.count(time.requests()), Cell.number(time.median(), Measure.DAYS),
                Cell.number(time.percentile90(), Measure.DAYS))).toList();
        return new ReportTable(texts.text("monitor.waiting-times.title"), headers("monitor.waiting-times.stage",
                "monitor.waiting-times.law", "monitor.waiting-times.requests", "monitor.waiting-times.median",
                "monitor.waiting-times.percentile-90"), rows);
    }

    public ReportTable budgets(List<BudgetLine> budgets) {
        List<List<Cell>> rows = budgets.stream().map(line -> List.of(Cell.text(texts.law(line.law())),
                Cell.number(line.spent(), Measure.EURO), Cell.number(line.ceiling(), Measure.EURO),
                Cell.number(line.share(), Measure.PERCENT), Cell.light(line.light(), texts.light(line.light()))))
                .toList();
        return new ReportTable(texts.text("monitor.budgets.title"), headers("monitor.budgets.law",
                "monitor.budgets.spent", "monitor.budgets.ceiling", "monitor.budgets.share", "monitor.budgets.light"),
                rows);
    }

    public ReportTable costliest(List<CostConcentration> years) {
        List<List<Cell>> rows = years.stream().map(year -> List.of(Cell.text(String.valueOf(year.year())),
                Cell.count(year.families()), Cell.count(year.topFamilies()), Cell.number(year.topCost(), Measure.EURO),
                Cell.number(year.shareOfCost(), Measure.PERCENT), Cell.number(year.provisionsPerFamily(), Measure.NUMBER),
                Cell.number(year.lawsPerFamily(), Measure.NUMBER),
                Cell.number(year.professionalsPerFamily(), Measure.NUMBER))).toList();
        return new ReportTable(texts.text("monitor.costliest.title"), headers("monitor.costliest.year",
                "monitor.costliest.families", "monitor.costliest.top-families", "monitor.costliest.top-cost",
                "monitor.costliest.share", "monitor.costliest.provisions", "monitor.costliest.laws",
                "monitor.costliest.professionals"), rows);
    }

    public ReportTable measures(List<MeasureProgress> measures) {
        List<List<Cell>> rows = measures.stream().map(measure -> List.of(
                Cell.text("M" + measure.number() + " " + texts.text(measure.messageKey())),
                Cell.text(measure.actions()), Cell.text(measure.owner()),
                Cell.text(texts.text("monitor.measures.status." + measure.status().name())),
                Cell.light(measure.light(), measure.light() == TrafficLight.NONE
                        ? texts.text("monitor.measures.not-judged") : texts.light(measure.light())))).toList();
        return new ReportTable(texts.text("monitor.measures.title"), headers("monitor.measures.measure",
                "monitor.measures.actions", "monitor.measures.owner", "monitor.measures.status",
                "monitor.measures.light"), rows);
    }

    /** "Prognose 2026 per wet, stand 7 december 2026". */
    public String forecastTitle(List<Forecast> forecasts) {
        LocalDate asOf = forecasts.get(0).asOf();
        return texts.text("monitor.forecast.title", String.valueOf(asOf.getYear()),
                DateTimeFormatter.ofPattern("d MMMM yyyy", texts.locale()).format(asOf));
    }

    public ReportTable forecasts(List<Forecast> forecasts) {
        List<List<Cell>> rows = forecasts.stream().map(forecast -> List.of(Cell.text(texts.law(forecast.law())),
                Cell.number(forecast.spent(), Measure.EURO), Cell.number(forecast.committed(), Measure.EURO),
                Cell.number(forecast.expectedNew(), Measure.EURO), Cell.number(forecast.forecast(), Measure.EURO),
                Cell.number(forecast.low(), Measure.EURO), Cell.number(forecast.high(), Measure.EURO),
                Cell.number(forecast.ceiling(), Measure.EURO),
                Cell.light(forecast.light(), texts.light(forecast.light())))).toList();
        return new ReportTable(forecastTitle(forecasts), headers("monitor.forecast.law", "monitor.forecast.spent",
                "monitor.forecast.committed", "monitor.forecast.expected-new", "monitor.forecast.forecast",
                "monitor.forecast.low", "monitor.forecast.high", "monitor.forecast.ceiling",
                "monitor.forecast.light"), rows);
    }

    /** "jan 2025" in the reader's language. */
    public String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMM yyyy", texts.locale()).format(month);
    }

    private ReportTable flowTable(String title, List<MonthlyFlow> flows) {
        List<List<Cell>> rows = flows.stream().map(flow -> List.of(Cell.text(month(flow.month())),
                Cell.count(flow.inflowNonResidential()), Cell.count(flow.outflowNonResidential()),
                Cell.count(flow.inflowResidential()), Cell.count(flow.outflowResidential()))).toList();
        return new ReportTable(title, headers("monitor.flows.month", "monitor.flows.inflow-non-residential",
                "monitor.flows.outflow-non-residential", "monitor.flows.inflow-residential",
                "monitor.flows.outflow-residential"), rows);
    }

    private List<String> headers(String... keys) {
        return List.of(keys).stream().map(texts::text).toList();
    }
}
