package nl.gezinsplan.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.base.form.DownloadLink;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.reporting.AgreedDuration;
import nl.gezinsplan.reporting.Breakdown;
import nl.gezinsplan.reporting.Chart;
import nl.gezinsplan.reporting.ContractUse;
import nl.gezinsplan.reporting.CostConcentration;
import nl.gezinsplan.reporting.CostlyFamily;
import nl.gezinsplan.reporting.CouncilReport;
import nl.gezinsplan.reporting.DeliveryCheck;
import nl.gezinsplan.reporting.ExtensionCount;
import nl.gezinsplan.reporting.FamiliesBehind;
import nl.gezinsplan.reporting.Indicator;
import nl.gezinsplan.reporting.LawFigures;
import nl.gezinsplan.reporting.Measure;
import nl.gezinsplan.reporting.MeasureProgress;
import nl.gezinsplan.reporting.MeasureStatus;
import nl.gezinsplan.reporting.Monitor;
import nl.gezinsplan.reporting.MonitorCharts;
import nl.gezinsplan.reporting.MonitorFigures;
import nl.gezinsplan.reporting.MonitorTables;
import nl.gezinsplan.reporting.MonitorTexts;
import nl.gezinsplan.reporting.MonthlyFlow;
import nl.gezinsplan.reporting.ObjectionCount;
import nl.gezinsplan.reporting.Outcome;
import nl.gezinsplan.reporting.OutflowReasonCount;
import nl.gezinsplan.reporting.Period;
import nl.gezinsplan.reporting.ProgrammeMeasures;
import nl.gezinsplan.reporting.ReasonCount;
import nl.gezinsplan.reporting.ReasonKind;
import nl.gezinsplan.reporting.ReportTable;
import nl.gezinsplan.reporting.ReportingLimits;
import nl.gezinsplan.reporting.SvgChart;
import nl.gezinsplan.reporting.TrafficLight;
import nl.gezinsplan.reporting.WaitingTime;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.Role;

/**
 * The council's monitor for managers: every indicator for a chosen period beside its baselines, target and traffic
 * light; the monthly in- and outflow and its trend as charts with the same numbers in tables; breakdowns, extensions,
 * care longer than agreed, the use of the contracts, the other laws, outcomes of ended care, the costliest families
 * (with the list of those the user may open), outflow reasons, objections, the outcomes and reasons of the route, the
 * families' experience, waiting times, budget use and the forecast. Every table downloads as CSV, and the whole as the
 * council's PDF report.
 */
@Route("monitor")
@Menu(title = "monitor.nav", order = 8, icon = "vaadin:chart")
@RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
public class MonitorView extends VerticalLayout implements HasDynamicTitle {

    /** The first year the policy measures, its baseline year 2019 included. */
    private static final int FIRST_YEAR = 2019;
    /** The period last chosen in this session, kept when the page is shown again (in another language, say). */
    private static final String CHOSEN_PERIOD = MonitorView.class.getName() + ".period";
    /** A list of families up to this long is shown whole. */
    private static final int SHORT_LIST = 10;

    private final Monitor monitor;
    private final CouncilReport report;
    private final ProgrammeMeasures measures;
    private final boolean keepsMeasures;
    private final MonitorTexts texts;
    private final MonitorTables tables;
    private final MonitorCharts charts;
    private final H2 periodTitle = new H2();
    private final Div content = new Div();
    private Period period;

    public MonitorView(Monitor monitor, CouncilReport report, ProgrammeMeasures measures, CurrentUser currentUser,
            Clock clock) {
        this.monitor = monitor;
        this.report = report;
        this.measures = measures;
        this.keepsMeasures = currentUser.get().map(user -> user.role() == Role.MANAGER).orElse(false);
        this.texts = new MonitorTexts(this::getTranslation, getLocale());
        this.tables = new MonitorTables(texts);
        this.charts = new MonitorCharts(texts);
        addClassName("monitor-view");
        LocalDate today = LocalDate.now(clock);
        period = chosenBefore().orElse(CouncilReport.lastHalfYear(today));

        PeriodChooser chooser = new PeriodChooser(period, FIRST_YEAR, today.getYear(), this::show);
        RouterLink importLink = new RouterLink(getTranslation("monitor.import.link"), ProvisionImportView.class);
        importLink.setId("monitor-import");
        HorizontalLayout tools = new HorizontalLayout(chooser, reportLink(), importLink);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        content.addClassName("monitor-content");
        content.setWidthFull();
        add(new H1(getTranslation("monitor.title")), tools, periodTitle, content);
        show(period);
    }

    private void show(Period chosen) {
        period = chosen;
        VaadinSession.getCurrent().setAttribute(CHOSEN_PERIOD, chosen);
        periodTitle.setText(texts.period(chosen));
        MonitorFigures figures = monitor.figures(chosen);
        List<MonthlyFlow> trend = report.trend(chosen);
        content.removeAll();

        section("monitor.indicators.title", listed(tables.indicators(figures.indicators()), "monitor-indicators",
                figures.indicators(), value -> familiesBehind(value.indicator())), caption("monitor.indicators.caption"));
        List<MeasureProgress> progress = measures.all();
        section("monitor.measures.title", table(tables.measures(progress), "monitor-measures"),
                caption("monitor.measures.caption"));
        if (keepsMeasures) {
            content.add(measureForm(progress));
        }
        section("monitor.flows.title", pair(charts.flows(figures.flows()),
                listed(tables.flows(figures.flows()), "monitor-flows", figures.flows(), this::flowBehind)),
                caption("monitor.flows.seasonal"));
        section("monitor.trend.title", pair(charts.trend(trend),
                listed(tables.trend(trend), "monitor-trend", trend, this::flowBehind)));
        TabSheet breakdowns = new TabSheet();
        breakdowns.setId("monitor-breakdowns");
        breakdowns.setWidthFull();
        for (Breakdown breakdown : figures.breakdowns()) {
            String id = "monitor-breakdown-" + breakdown.dimension().name().toLowerCase(Locale.ROOT);
            ReportTable table = tables.breakdown(breakdown);
            breakdowns.add(texts.dimension(breakdown.dimension()), new ReportTableView(table, texts, period, id,
                    row -> familiesBehind(texts.dimension(breakdown.dimension()) + " " + table.rows().get(row).get(0)
                            .text(), () -> monitor.familiesBehind(breakdown.dimension(),
                            breakdown.rows().get(row).label(), period))));
        }
        section("monitor.breakdown.section", breakdowns);
        section("monitor.extensions.title", listed(tables.extensions(figures.extensions()), "monitor-extensions",
                figures.extensions(), this::extensionsBehind));
        section("monitor.agreed-duration.title", listed(tables.agreedDurations(figures.agreedDurations()),
                "monitor-agreed-duration", figures.agreedDurations(), this::longerBehind),
                caption("monitor.agreed-duration.caption"));
        section("monitor.contracts.title", listed(tables.contracts(figures.contracts()), "monitor-contracts",
                figures.contracts(), this::withoutContractBehind), caption("monitor.contracts.caption"));
        section("monitor.laws.title", listed(tables.laws(figures.laws()), "monitor-laws", figures.laws(),
                this::lawBehind));
        section("monitor.outcomes.title", listed(tables.outcomes(figures.outcomes()), "monitor-outcomes",
                figures.outcomes(), this::outcomeBehind), caption("monitor.outcomes.caption"));
        section("monitor.costliest.title", table(tables.costliest(figures.costliest()), "monitor-costliest"),
                caption("monitor.costliest.caption"), costliestFamilies(figures.costliest().get(0)));
        section("monitor.outflow-reasons.title", listed(tables.outflowReasons(figures.outflowReasons()),
                "monitor-outflow-reasons", figures.outflowReasons(), this::outflowBehind),
                caption("monitor.outflow-reasons.caption"));
        section("monitor.objections.title", listed(tables.objections(figures.objections()), "monitor-objections",
                figures.objections(), this::objectionsBehind), caption("monitor.objections.caption"));
        TabSheet reasons = new TabSheet();
        reasons.setId("monitor-reasons");
        reasons.setWidthFull();
        for (ReasonKind kind : ReasonKind.values()) {
            String id = "monitor-reasons-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
            List<ReasonCount> counts = figures.reasons().stream().filter(count -> count.kind() == kind).toList();
            reasons.add(texts.text(kind.messageKey()), listed(tables.reasons(kind, counts), id, counts,
                    this::reasonBehind));
        }
        section("monitor.reasons.title", reasons, caption("monitor.reasons.caption"));
        section("monitor.experience.title", table(tables.experience(figures.experience()), "monitor-experience"),
                caption("monitor.experience.caption"));
        section("monitor.delivery.title", listed(tables.deliveries(figures.deliveries()), "monitor-delivery",
                figures.deliveries(), this::notDeliveredBehind), caption("monitor.delivery.caption"));
        section("monitor.waiting-times.title", listed(tables.waitingTimes(figures.waitingTimes()),
                "monitor-waiting-times", figures.waitingTimes(), this::waitingBehind),
                caption("monitor.waiting-times.caption"));
        section("monitor.budgets.title", pair(charts.budgets(figures.budgets()),
                listed(tables.budgets(figures.budgets()), "monitor-budgets", figures.budgets(),
                        line -> yearBehind(line.law(), line.spent(), "monitor.budgets.subject"))),
                caption("monitor.budgets.caption"));
        sectionTitled(tables.forecastTitle(figures.forecasts()), pair(charts.forecasts(figures.forecasts()),
                listed(tables.forecasts(figures.forecasts()), "monitor-forecast", figures.forecasts(),
                        line -> yearBehind(line.law(), line.spent().add(line.committed()), "monitor.forecast.subject"))),
                caption("monitor.forecast.caption"));
    }

    private static Optional<Period> chosenBefore() {
        return Optional.ofNullable((Period) VaadinSession.getCurrent().getAttribute(CHOSEN_PERIOD));
    }

    private void section(String titleKey, Component... parts) {
        sectionTitled(getTranslation(titleKey), parts);
    }

    private void sectionTitled(String title, Component... parts) {
        Div section = new Div(new H2(title));
        section.add(parts);
        section.addClassName("monitor-section");
        content.add(section);
    }

    /** A chart with its table under it; the chart drawn twice, wide and narrow, the screen's width shows one. */
    private Component pair(Chart chart, Component table) {
        Div pair = new Div(svg(chart, SvgChart.WIDTH, "monitor-chart-wide"),
                svg(chart, SvgChart.NARROW_WIDTH, "monitor-chart-narrow"), table);
        pair.addClassName("monitor-pair");
        return pair;
    }

    /** Where a manager records how a measure is going; the measure chosen fills the fields with what it holds. */
    private Component measureForm(List<MeasureProgress> progress) {
        Select<MeasureProgress> measure = new Select<>();
        measure.setLabel(getTranslation("monitor.measures.measure"));
        measure.setItems(progress);
        measure.setItemLabelGenerator(item -> "M" + item.number() + " " + getTranslation(item.messageKey()));
        measure.setId("monitor-measure");
        TextArea actions = FormInput.limit(new TextArea(getTranslation("monitor.measures.actions")),
                ReportingLimits.MEASURE_ACTIONS);
        actions.setWidthFull();
        TextField owner = FormInput.limit(new TextField(getTranslation("monitor.measures.owner")),
                ReportingLimits.MEASURE_OWNER);
        Select<MeasureStatus> status = new Select<>();
        status.setLabel(getTranslation("monitor.measures.status"));
        status.setItems(MeasureStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("monitor.measures.status." + value.name()));
        Select<TrafficLight> light = new Select<>();
        light.setLabel(getTranslation("monitor.measures.light"));
        light.setItems(TrafficLight.GREEN, TrafficLight.ORANGE, TrafficLight.RED, TrafficLight.NONE);
        light.setItemLabelGenerator(value -> value == TrafficLight.NONE ? getTranslation("monitor.measures.not-judged")
                : texts.light(value));
        measure.addValueChangeListener(chosen -> {
            actions.setValue(chosen.getValue().actions());
            owner.setValue(chosen.getValue().owner());
            status.setValue(chosen.getValue().status());
            light.setValue(chosen.getValue().light());
        });
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.setVisible(false);
        VerticalLayout form = new VerticalLayout(measure, actions, owner, status, light, error);
        Button save = new Button(getTranslation("monitor.measures.save"), click -> FormInput.save(form, error, () -> {
            MeasureProgress chosen = measure.getValue();
            measures.update(new MeasureProgress(chosen.number(), actions.getValue(), owner.getValue(),
                    status.getValue(), light.getValue(), null, null, chosen.version()));
            Notification.show(getTranslation("monitor.measures.saved", "M" + chosen.number()));
            show(period);
        }));
        save.setId("monitor-measure-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        measure.addValueChangeListener(chosen -> save.setEnabled(chosen.getValue() != null));
        form.add(save);
        form.setPadding(false);
        Details edit = new Details(getTranslation("monitor.measures.edit"), form);
        edit.setId("monitor-measure-form");
        edit.setWidthFull();
        return edit;
    }

    /** The families behind the costliest tenth that this user may open, each a link to its page. */
    private Component costliestFamilies(CostConcentration year) {
        List<CostlyFamily> families = monitor.costliestFamilies(period);
        Grid<CostlyFamily> grid = new Grid<>();
        grid.setId("monitor-costliest-families");
        grid.addComponentColumn(family -> {
            Anchor link = new Anchor("gezinnen/" + family.familyId(), family.name());
            link.setId("monitor-costliest-family-" + family.familyId());
            return link;
        }).setKey("family").setHeader(getTranslation("monitor.costliest.family")).setAutoWidth(true);
        grid.addColumn(family -> texts.format(family.cost(), Measure.EURO))
                .setHeader(getTranslation("monitor.costliest.cost", String.valueOf(year.year())));
        grid.addColumn(family -> texts.format(family.costYearBefore(), Measure.EURO))
                .setHeader(getTranslation("monitor.costliest.cost", String.valueOf(year.year() - 1)));
        grid.addColumn(CostlyFamily::provisions).setHeader(getTranslation("monitor.costliest.provisions-of-family"));
        grid.addColumn(CostlyFamily::laws).setHeader(getTranslation("monitor.costliest.laws-of-family"));
        grid.addColumn(family -> family.professionals() == null ? "\u2013" : String.valueOf(family.professionals()))
                .setHeader(getTranslation("monitor.costliest.professionals-of-family"));
        grid.getColumns().stream().skip(1).forEach(column -> column.setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END));
        grid.setItems(families);
        // a long list scrolls inside the grid, which then draws only the rows in view
        if (families.size() <= SHORT_LIST) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("32rem");
        }
        Paragraph shown = new Paragraph(getTranslation("monitor.costliest.shown", families.size(),
                year.topFamilies()));
        shown.setId("monitor-costliest-shown");
        Div list = new Div(shown);
        if (!families.isEmpty()) {
            list.add(grid);
        }
        return list;
    }

    private Svg svg(Chart chart, double width, String className) {
        Svg svg = new Svg(SvgChart.render(chart, texts.locale(), width));
        svg.addClassNames("monitor-chart", className);
        return svg;
    }

    private Component table(ReportTable table, String id) {
        return new ReportTableView(table, texts, period, id);
    }

    /** A table whose rows are {@code lines}, each with the list behind its numbers when it has one. */
    private <T> Component listed(ReportTable table, String id, List<T> lines,
            Function<T, Optional<ReportTableView.Behind>> behind) {
        return new ReportTableView(table, texts, period, id, row -> behind.apply(lines.get(row)));
    }

    /** The list behind an indicator's number, or the families it falls short for. */
    private Optional<ReportTableView.Behind> familiesBehind(Indicator indicator) {
        return familiesBehind(monitor.listsShortfall(indicator) ? texts.shortfall(indicator)
                : texts.indicator(indicator), () -> monitor.familiesBehind(indicator, period));
    }

    private Optional<ReportTableView.Behind> flowBehind(MonthlyFlow flow) {
        return familiesBehind(flow.inflowNonResidential() + flow.outflowNonResidential() + flow.inflowResidential()
                + flow.outflowResidential(), texts.text("monitor.flows.subject", tables.month(flow.month())),
                () -> monitor.familiesBehind(flow));
    }

    private Optional<ReportTableView.Behind> extensionsBehind(ExtensionCount extensions) {
        return familiesBehind(extensions.extensions(), texts.text("monitor.extensions.subject", extensions.provider(),
                extensions.productCode(), texts.text("monitor.extensions.quarter", extensions.year(),
                        extensions.quarter())), () -> monitor.familiesBehind(extensions, period));
    }

    /** The families whose care ran longer than agreed. */
    private Optional<ReportTableView.Behind> longerBehind(AgreedDuration duration) {
        return familiesBehind(duration.longer(), texts.text("monitor.agreed-duration.subject", duration.provider(),
                duration.productCode()), () -> monitor.familiesBehind(duration, period));
    }

    /** The families with care in kind from a provider without a contract. */
    private Optional<ReportTableView.Behind> withoutContractBehind(ContractUse use) {
        return familiesBehind(use.offContract(), texts.text("monitor.contracts.subject", texts.law(use.law())),
                () -> monitor.familiesWithoutContract(use.law(), period));
    }

    private Optional<ReportTableView.Behind> lawBehind(LawFigures law) {
        return familiesBehind(law.clients(), texts.law(law.law()), () -> monitor.familiesBehind(law, period));
    }

    private Optional<ReportTableView.Behind> outcomeBehind(Outcome outcome) {
        return familiesBehind(outcome.endedAsPlanned() + outcome.stoppedEarly(), texts.text("monitor.outcomes.subject",
                texts.law(outcome.law())), () -> monitor.familiesBehind(outcome, period));
    }

    private Optional<ReportTableView.Behind> outflowBehind(OutflowReasonCount reason) {
        return familiesBehind(reason.provisions(), texts.text("monitor.outflow-reasons.subject",
                texts.outflowReason(reason.reason()), texts.law(reason.law())),
                () -> monitor.familiesBehind(reason, period));
    }

    private Optional<ReportTableView.Behind> objectionsBehind(ObjectionCount objections) {
        return familiesBehind(objections.received() + objections.decided(), texts.text("monitor.objections.subject",
                texts.law(objections.law())), () -> monitor.familiesBehind(objections, period));
    }

    private Optional<ReportTableView.Behind> reasonBehind(ReasonCount reason) {
        return familiesBehind(reason.requests(), texts.text("monitor.reasons.subject",
                texts.text(reason.kind().messageKey()), texts.text(reason.kind().messageKey(reason.code())),
                texts.law(reason.law())), () -> monitor.familiesBehind(reason, period));
    }

    private Optional<ReportTableView.Behind> notDeliveredBehind(DeliveryCheck check) {
        return familiesBehind(check.notDelivered(), texts.text("monitor.delivery.subject", check.provider()),
                () -> monitor.familiesBehind(check, period));
    }

    private Optional<ReportTableView.Behind> waitingBehind(WaitingTime waiting) {
        return familiesBehind(waiting.requests(), texts.text("monitor.waiting-times.subject",
                texts.text(waiting.stage().messageKey()),
                waiting.law().map(texts::law).orElse(texts.text("monitor.waiting-times.all-laws"))),
                () -> monitor.familiesBehind(waiting, period));
    }

    /** The families whose care under a law costs in the year shown, behind an amount of it; none when it is nothing. */
    private Optional<ReportTableView.Behind> yearBehind(Law law, BigDecimal amount, String subjectKey) {
        return familiesBehind(amount.signum(), texts.text(subjectKey, texts.law(law)),
                () -> monitor.familiesWithCareInYear(law, period));
    }

    /** The list behind a line's number, computed for the period shown when it is asked for; none when it counts none. */
    private Optional<ReportTableView.Behind> familiesBehind(long counted, String subject,
            Supplier<FamiliesBehind> families) {
        return counted == 0 ? Optional.empty() : familiesBehind(subject, families);
    }

    /** The list behind a row's numbers, computed for the period shown when it is asked for. */
    private Optional<ReportTableView.Behind> familiesBehind(String subject, Supplier<FamiliesBehind> families) {
        return Optional.of(new ReportTableView.Behind(subject,
                () -> new FamiliesBehindDialog(monitor, texts, subject, families.get()).open()));
    }

    private Paragraph caption(String key) {
        Paragraph caption = new Paragraph(getTranslation(key));
        caption.addClassName("monitor-caption");
        return caption;
    }

    /** Written when clicked, for the period chosen at that moment. */
    private Anchor reportLink() {
        Anchor link = new DownloadLink("", () -> new DownloadLink.File(report.pdf(period, texts.locale()),
                report.fileName(period, texts.locale()), CouncilReport.CONTENT_TYPE));
        link.add(VaadinIcon.FILE_TEXT_O.create(), new Span(
                getTranslation("monitor.report.download")));
        link.setId("monitor-report");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("monitor.title");
    }
}
