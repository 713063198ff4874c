package nl.gezinsplan.reporting;

import java.util.List;

/** Everything the management monitor shows for one period. */
public record MonitorFigures(Period period, List<IndicatorValue> indicators, List<MonthlyFlow> flows,
        List<Breakdown> breakdowns, List<ExtensionCount> extensions, List<LawFigures> laws, List<BudgetLine> budgets,
        List<OutflowReasonCount> outflowReasons, List<ObjectionCount> objections,
        List<WaitingTime> waitingTimes, List<ReasonCount> reasons, List<ExperienceScore> experience,
        List<DeliveryCheck> deliveries, List<Outcome> outcomes, List<Forecast> forecasts,
        List<CostConcentration> costliest, List<ContractUse> contracts, List<AgreedDuration> agreedDurations) {}
