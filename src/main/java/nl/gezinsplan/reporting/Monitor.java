package nl.gezinsplan.reporting;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.FamilyName;
import nl.gezinsplan.family.FamilyNames;
import org.springframework.core.env.Environment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The council's management monitor: every indicator of DOMAIN.md section 5 for a period, computed in PostgreSQL by
 * the definitions there (see {@link ChainedProvisions} and {@link MonitorQueries}), beside its baselines and target
 * with a traffic light, with monthly in- and outflow, breakdowns, extensions, figures per law and budget use. Totals
 * only: no family is opened, so managers of any team may see it; the lists of families behind the numbers (the
 * costliest, and those behind the indicators and the lines of the tables, the experience scores excepted) name only
 * the families the caller may open.
 */
@Service
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
public class Monitor {

    private final MonitorCalculation calculation;
    private final MonitorSettings settings;
    private final Families families;

    Monitor(MonitorCalculation calculation, Environment environment, Families families) {
        this.calculation = calculation;
        this.settings = MonitorSettings.from(environment);
        this.families = families;
    }

    public MonitorFigures figures(Period period) {
        return calculation.figures(period, settings);
    }

    /**
     * The families of the costliest tenth of the year of the period's last day ({@link MonitorFigures#costliest}) that
     * the caller may open, costliest first, with their names; the others stay counted only.
     */
    public List<CostlyFamily> costliestFamilies(Period period) {
        List<CostlyFamily> top = calculation.costliestFamilies(period.last().getYear());
        FamilyNames names = families.names(top.stream().map(CostlyFamily::familyId).toList(), List.of());
        return top.stream().filter(family -> names.family(family.familyId()) != null)
                .map(family -> family.named(names.family(family.familyId()))).toList();
    }

    /**
     * Whether the list behind an indicator names the families below the line, those a duty towards each family was not
     * met for (no contact person, no perspective talk, no decision within the term), rather than those its number counts.
     */
    public boolean listsShortfall(Indicator indicator) {
        return MonitorQueries.SHORTFALL_BEHIND.contains(indicator);
    }

    /**
     * The families behind an indicator's number in the period (see {@link #listsShortfall}); the caller pages through
     * those it may open with {@link #openableFamilies}, the others are counted only.
     */
    public FamiliesBehind familiesBehind(Indicator indicator, Period period) {
        return familiesBehind(MonitorQueries.FAMILIES_BEHIND.get(indicator), Map.of(), period);
    }

    /** The families behind a group of a breakdown (its {@link BreakdownRow#label}), as those behind an indicator. */
    public FamiliesBehind familiesBehind(Dimension dimension, String label, Period period) {
        return familiesBehind(MonitorQueries.behind(dimension), Map.of("label", label), period);
    }

    /** The families with care under a law in the period (its line of the figures per law). */
    public FamiliesBehind familiesBehind(LawFigures law, Period period) {
        return familiesBehind(Dimension.LAW, law.law().name(), period);
    }

    /** The families whose youth care flowed in or out in a month of the flows or the trend. */
    public FamiliesBehind familiesBehind(MonthlyFlow flow) {
        return familiesBehind(MonitorQueries.FLOWS_BEHIND, Map.of(), Period.month(flow.month()));
    }

    /** The families behind a line of the extensions. */
    public FamiliesBehind familiesBehind(ExtensionCount extensions, Period period) {
        return familiesBehind(MonitorQueries.EXTENSIONS_BEHIND, Map.of("provider", extensions.provider(), "product",
                extensions.productCode(), "year", extensions.year(), "quarter", extensions.quarter()), period);
    }

    /** The families of the chains of a line of care longer than agreed that ran longer. */
    public FamiliesBehind familiesBehind(AgreedDuration duration, Period period) {
        return familiesBehind(MonitorQueries.LONGER_THAN_AGREED_BEHIND, Map.of("law", duration.law().name(),
                "provider", duration.provider(), "product", duration.productCode()), period);
    }

    /** The families with care in kind from a provider without a contract under a law. */
    public FamiliesBehind familiesWithoutContract(Law law, Period period) {
        return familiesBehind(MonitorQueries.WITHOUT_CONTRACT_BEHIND, Map.of("law", law.name()), period);
    }

    /** The families whose care ended for a line's outflow reason. */
    public FamiliesBehind familiesBehind(OutflowReasonCount reason, Period period) {
        return familiesBehind(MonitorQueries.OUTFLOW_REASONS_BEHIND, Map.of("law", reason.law().name(), "reason",
                reason.reason().name()), period);
    }

    /** The families whose objections under a law were received or decided in the period. */
    public FamiliesBehind familiesBehind(ObjectionCount objections, Period period) {
        return familiesBehind(MonitorQueries.OBJECTIONS_BEHIND, Map.of("law", objections.law().name()), period);
    }

    /** The families whose requests recorded a line's reason. */
    public FamiliesBehind familiesBehind(ReasonCount reason, Period period) {
        return familiesBehind(MonitorQueries.REASONS_BEHIND, Map.of("kind", reason.kind().name(), "law",
                reason.law().name(), "code", reason.code()), period);
    }

    /** The families whose requests reached a line's stage in the period. */
    public FamiliesBehind familiesBehind(WaitingTime waiting, Period period) {
        return familiesBehind(MonitorQueries.WAITING_BEHIND, Map.of("stage", waiting.stage().name(), "law",
                waiting.law().map(Law::name).orElse("")), period);
    }

    /** The families that said a provider's care was not delivered in a month of the period. */
    public FamiliesBehind familiesBehind(DeliveryCheck delivery, Period period) {
        return familiesBehind(MonitorQueries.NOT_DELIVERED_BEHIND, Map.of("provider", delivery.provider()), period);
    }

    /**
     * The families whose care under a law costs in the calendar year of the period's last day: those behind its line of
     * the budgets and of the forecast, both the year's whole cost known so far.
     */
    public FamiliesBehind familiesWithCareInYear(Law law, Period period) {
        return familiesBehind(MonitorQueries.YEAR_CARE_BEHIND, Map.of("law", law.name()),
                Period.year(period.last().getYear()));
    }

    /** The families whose care under a law ended or was stopped in the period. */
    public FamiliesBehind familiesBehind(Outcome outcome, Period period) {
        return familiesBehind(MonitorQueries.OUTCOMES_BEHIND, Map.of("law", outcome.law().name()), period);
    }

    private FamiliesBehind familiesBehind(String statement, Map<String, ?> params, Period period) {
        MonitorCalculation.FamilyRows found = calculation.familiesBehind(statement, params, period, settings);
        return new FamiliesBehind(period, found.familyIds(), families.countOpenable(found.familyIds()),
                found.historyProvisions());
    }

    /** A page of the families behind a number that the caller may open, by name. */
    public List<FamilyName> openableFamilies(FamiliesBehind behind, int offset, int limit) {
        return families.openable(behind.familyIds(), offset, limit);
    }

    /** Monthly in- and outflow over many months, for trends. */
    public List<MonthlyFlow> flows(YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The trend ends on or after " + from + ", not " + to);
        }
        return calculation.flows(from, to, settings);
    }
}
