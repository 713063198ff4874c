package nl.gezinsplan.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.OutflowReason;
import nl.gezinsplan.workflow.StatutoryTerms;
import nl.gezinsplan.workflow.TermStage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes the monitor's figures in PostgreSQL: chains the provisions once into a temporary table, then runs one
 * aggregating statement per group of indicators ({@link MonitorQueries}); Java only divides and rounds the sums.
 * Without rights checks: {@link Monitor} checks them.
 */
@Component
class MonitorCalculation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final LocalDate TERM_REFERENCE = LocalDate.of(2000, 1, 1);
    /** How many full months before today set the pace of new care in the forecast (three columns of YEAR_SPENDING). */
    private static final int PACE_MONTHS = 3;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final StatutoryTerms terms;
    private final Clock clock;

    MonitorCalculation(JdbcClient jdbc, PlatformTransactionManager transactions, StatutoryTerms terms, Clock clock) {
        this.jdbc = jdbc;
        // a transaction of its own: the temporary table needs one that may write, whatever the caller's is
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.terms = terms;
        this.clock = clock;
    }

    MonitorFigures figures(Period period, MonitorSettings settings) {
        return transaction.execute(status -> {
            ChainedProvisions.materialise(jdbc, settings, period.first(), period.last());
            Map<Indicator, BigDecimal> values = new EnumMap<>(Indicator.class);
            youth(period, settings, values);
            residentialStays(period, values);
            perspectiveTalks(period, values);
            families(period, values);
            leadTimes(period, values);
            repeatInflow(period, values);
            List<IndicatorValue> indicators = new ArrayList<>();
            for (Indicator indicator : Indicator.values()) {
                indicators.add(valued(indicator, values.get(indicator), settings, period));
            }
            List<MonthlyFlow> flows = monthlyFlows(period.first(), period.last());
            List<Breakdown> breakdowns = new ArrayList<>();
            List<LawFigures> laws = new ArrayList<>();
            breakdowns(period, breakdowns, laws);
            YearSpending spending = yearSpending(period);
            return new MonitorFigures(period, List.copyOf(indicators), flows, List.copyOf(breakdowns),
                    extensions(period), List.copyOf(laws), budgets(spending, settings), outflowReasons(period),
                    objections(period), waitingTimes(period), reasons(period), experience(period),
                    deliveries(period), outcomes(period), forecasts(spending, settings),
                    List.of(costConcentration(period.last().getYear()), costConcentration(period.last().getYear() - 1)),
                    contracts(period), agreedDurations(period));
        });
    }

    /**
     * The families a statement of {@link MonitorQueries} (one of its {@code _BEHIND}) returns for the period, over the
     * period's members; the decision terms are at hand for those that judge them.
     */
    FamilyRows familiesBehind(String statement, Map<String, ?> params, Period period, MonitorSettings settings) {
        return transaction.execute(status -> {
            ChainedProvisions.materialise(jdbc, settings, period.first(), period.last());
            List<Long> families = new ArrayList<>();
            long[] history = {0};
            terms(period(statement, period)).params(params).query(rs -> {
                long familyId = rs.getLong("family_id");
                if (rs.wasNull()) {
                    history[0] = rs.getLong("counted");
                } else {
                    families.add(familyId);
                }
            });
            return new FamilyRows(families.stream().mapToLong(Long::longValue).toArray(), history[0]);
        });
    }

    record FamilyRows(long[] familyIds, long historyProvisions) {}

    List<MonthlyFlow> flows(YearMonth from, YearMonth to, MonitorSettings settings) {
        LocalDate first = from.atDay(1);
        LocalDate last = to.atEndOfMonth();
        return transaction.execute(status -> {
            ChainedProvisions.materialise(jdbc, settings, first, last);
            return monthlyFlows(first, last);
        });
    }

    private void youth(Period period, MonitorSettings settings, Map<Indicator, BigDecimal> values) {
        Long population = settings.populationAtEndOf(period.first().getYear() - 1);
        // per youth per year: the period's spending scaled to twelve months, so a half year reads beside the yearly baselines
        BigDecimal yearShare = BigDecimal.valueOf(period.months().size())
                .divide(BigDecimal.valueOf(12), 10, RoundingMode.HALF_UP);
        period(MonitorQueries.YOUTH, period).query((rs, row) -> {
            long youths = rs.getLong("youths");
            values.put(Indicator.PROVISIONS, count(rs, "provisions"));
            values.put(Indicator.YOUTH_IN_CARE, BigDecimal.valueOf(youths));
            if (population != null) {
                values.put(Indicator.NON_RESIDENTIAL_YOUTH_SHARE, percent(rs.getLong("non_residential"), population));
                values.put(Indicator.RESIDENTIAL_YOUTH_SHARE, percent(rs.getLong("residential"), population));
            }
            values.put(Indicator.ONLY_NON_RESIDENTIAL_SHARE, percent(rs.getLong("only_non_residential"), youths));
            BigDecimal spending = rs.getBigDecimal("spending");
            values.put(Indicator.COST_PER_YOUTH, perYouthPerYear(spending, youths, yearShare));
            values.put(Indicator.COST_PER_RESIDENTIAL_YOUTH, perYouthPerYear(rs.getBigDecimal("spending_residential"),
                    rs.getLong("residential"), yearShare));
            values.put(Indicator.COST_PER_FOSTER_CARE_YOUTH, perYouthPerYear(rs.getBigDecimal("spending_foster"),
                    rs.getLong("foster"), yearShare));
            values.put(Indicator.COST_PER_OTHER_RESIDENTIAL_YOUTH, perYouthPerYear(
                    rs.getBigDecimal("spending_other_residential"), rs.getLong("other_residential"), yearShare));
            values.put(Indicator.SPENDING_TOTAL, euros(spending));
            values.put(Indicator.SPENDING_RESIDENTIAL, euros(rs.getBigDecimal("spending_residential")));
            values.put(Indicator.SPENDING_NON_RESIDENTIAL, euros(rs.getBigDecimal("spending_non_residential")));
            values.put(Indicator.INFLOW_NON_RESIDENTIAL, count(rs, "inflow_non_residential"));
            values.put(Indicator.OUTFLOW_NON_RESIDENTIAL, count(rs, "outflow_non_residential"));
            values.put(Indicator.INFLOW_RESIDENTIAL, count(rs, "inflow_residential"));
            values.put(Indicator.OUTFLOW_RESIDENTIAL, count(rs, "outflow_residential"));
            values.put(Indicator.EXTENSIONS, count(rs, "extensions"));
            values.put(Indicator.LIGHT_HOUSING_SHARE,
                    percent(rs.getLong("light"), rs.getLong("housed")));
            values.put(Indicator.HEAVY_HOUSING_YOUTH, count(rs, "heavy"));
            return row;
        }).single();
    }

    private void residentialStays(Period period, Map<Indicator, BigDecimal> values) {
        period(MonitorQueries.RESIDENTIAL_STAYS, period).query((rs, row) -> {
            BigDecimal duration = rs.getBigDecimal("duration");
            values.put(Indicator.RESIDENTIAL_DURATION,
                    duration == null ? null : duration.setScale(0, RoundingMode.HALF_UP));
            values.put(Indicator.RESIDENTIAL_TO_FAMILY_OR_AMBULANT,
                    percent(rs.getLong("moved_on"), rs.getLong("cohort")));
            return row;
        }).single();
    }

    private void perspectiveTalks(Period period, Map<Indicator, BigDecimal> values) {
        period(MonitorQueries.PERSPECTIVE_TALKS, period).query((rs, row) -> {
            values.put(Indicator.PERSPECTIVE_TALK_AT_16_5, percent(rs.getLong("older_with_talk"), rs.getLong("older")));
            values.put(Indicator.PERSPECTIVE_TALK_BEFORE_18,
                    percent(rs.getLong("turning_with_talk"), rs.getLong("turning")));
            return row;
        }).single();
    }

    private void families(Period period, Map<Indicator, BigDecimal> values) {
        period(MonitorQueries.FAMILIES, period).query((rs, row) -> {
            long families = rs.getLong("families");
            values.put(Indicator.FAMILIES_WITH_CONTACT_PERSON, percent(rs.getLong("with_contact"), families));
            BigDecimal professionals = rs.getBigDecimal("professionals");
            values.put(Indicator.PROFESSIONALS_PER_FAMILY,
                    professionals == null ? null : professionals.setScale(1, RoundingMode.HALF_UP));
            values.put(Indicator.FAMILIES_TWO_LAWS, count(rs, "two_laws"));
            values.put(Indicator.FAMILIES_THREE_LAWS, count(rs, "three_laws"));
            return row;
        }).single();
    }

    private void leadTimes(Period period, Map<Indicator, BigDecimal> values) {
        terms(period(MonitorQueries.LEAD_TIMES, period)).query((rs, row) -> {
            BigDecimal leadTime = rs.getBigDecimal("lead_time");
            values.put(Indicator.LEAD_TIME, leadTime == null ? null : leadTime.setScale(1, RoundingMode.HALF_UP));
            values.put(Indicator.WITHIN_STATUTORY_TERM, percent(rs.getLong("within_term"), rs.getLong("decided")));
            return row;
        }).single();
    }

    private void repeatInflow(Period period, Map<Indicator, BigDecimal> values) {
        period(MonitorQueries.REPEAT_INFLOW, period).query((rs, row) -> {
            values.put(Indicator.REPEAT_INFLOW, percent(rs.getLong("repeated"), rs.getLong("inflow")));
            return row;
        }).single();
    }

    /** The statement with the decision terms of the laws in days ({@code :wmoTerm} and so on). */
    private JdbcClient.StatementSpec terms(JdbcClient.StatementSpec statement) {
        return statement.param("wmoTerm", termDays(Law.WMO)).param("youthTerm", termDays(Law.JEUGDWET))
                .param("participationTerm", termDays(Law.PARTICIPATIEWET));
    }

    /** The decision term of a law in days, from the same DMN table the route uses. */
    private int termDays(Law law) {
        return terms.deadline(law, TermStage.DECISION, TERM_REFERENCE)
                .map(deadline -> (int) ChronoUnit.DAYS.between(TERM_REFERENCE, deadline.due()))
                .orElseThrow(() -> new IllegalStateException("No decision term for " + law));
    }

    private List<MonthlyFlow> monthlyFlows(LocalDate first, LocalDate last) {
        Map<YearMonth, MonthlyFlow> found = new HashMap<>();
        jdbc.sql(MonitorQueries.FLOWS).param("first", first).param("last", last).query((rs, row) -> {
            YearMonth month = YearMonth.from(rs.getObject("month", LocalDate.class));
            found.put(month, new MonthlyFlow(month, rs.getLong("inflow_non_residential"),
                    rs.getLong("outflow_non_residential"), rs.getLong("inflow_residential"),
                    rs.getLong("outflow_residential")));
            return row;
        }).list();
        List<MonthlyFlow> flows = new ArrayList<>();
        for (YearMonth month = YearMonth.from(first); !month.isAfter(YearMonth.from(last)); month = month.plusMonths(1)) {
            flows.add(found.getOrDefault(month, new MonthlyFlow(month, 0, 0, 0, 0)));
        }
        return List.copyOf(flows);
    }

    /** The breakdowns per dimension, and from the breakdown by law the figures per law. */
    private void breakdowns(Period period, List<Breakdown> breakdowns, List<LawFigures> laws) {
        Map<Dimension, List<BreakdownRow>> rows = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            rows.put(dimension, new ArrayList<>());
        }
        Map<Law, LawFigures> perLaw = new EnumMap<>(Law.class);
        period(MonitorQueries.BREAKDOWNS, period).query((rs, row) -> {
            Dimension dimension = Dimension.valueOf(rs.getString("dimension"));
            String label = rs.getString("label");
            BigDecimal cost = euros(rs.getBigDecimal("cost"));
            rows.get(dimension).add(new BreakdownRow(label, rs.getLong("clients"), rs.getLong("chains"),
                    rs.getLong("inflow"), rs.getLong("outflow"), cost));
            if (dimension == Dimension.LAW) {
                Law law = Law.valueOf(label);
                perLaw.put(law, new LawFigures(law, rs.getLong("clients"), rs.getLong("provisions"), cost));
            }
            return row;
        }).list();
        rows.forEach((dimension, list) -> breakdowns.add(new Breakdown(dimension, List.copyOf(list))));
        for (Law law : Law.values()) {
            laws.add(perLaw.getOrDefault(law, new LawFigures(law, 0, 0, euros(BigDecimal.ZERO))));
        }
    }

    private List<ExtensionCount> extensions(Period period) {
        return period(MonitorQueries.EXTENSIONS, period).query((rs, row) -> new ExtensionCount(rs.getString("provider"),
                rs.getString("product_code"), rs.getInt("year"), rs.getInt("quarter"), rs.getLong("extensions")))
                .list();
    }

    /** Per law with any objection received or decided in the period: the counts and the share upheld. */
    private List<ObjectionCount> objections(Period period) {
        return period(MonitorQueries.OBJECTIONS, period).query((rs, row) -> new ObjectionCount(
                Law.valueOf(rs.getString("law")), rs.getLong("received"), rs.getLong("decided"), rs.getLong("upheld"),
                percent(rs.getLong("upheld"), rs.getLong("decided")))).list();
    }

    /**
     * Per stage the waiting times under each law with requests that reached it in the period, in the order of {@link
     * Law}, then under all laws (also when none did).
     */
    private List<WaitingTime> waitingTimes(Period period) {
        Map<WaitingStage, Map<Law, WaitingTime>> perLaw = new EnumMap<>(WaitingStage.class);
        Map<WaitingStage, WaitingTime> allLaws = new EnumMap<>(WaitingStage.class);
        period(MonitorQueries.WAITING_TIMES, period).query((rs, row) -> {
            WaitingStage stage = WaitingStage.valueOf(rs.getString("stage"));
            Optional<Law> law = Optional.ofNullable(rs.getString("law")).map(Law::valueOf);
            WaitingTime time = new WaitingTime(stage, law, rs.getLong("requests"), oneDecimal(rs, "median"),
                    oneDecimal(rs, "percentile_90"));
            law.ifPresentOrElse(
                    one -> perLaw.computeIfAbsent(stage, any -> new EnumMap<>(Law.class)).put(one, time),
                    () -> allLaws.put(stage, time));
            return row;
        }).list();
        List<WaitingTime> times = new ArrayList<>();
        for (WaitingStage stage : WaitingStage.values()) {
            times.addAll(perLaw.getOrDefault(stage, Map.of()).values());
            times.add(allLaws.getOrDefault(stage, new WaitingTime(stage, Optional.empty(), 0, null, null)));
        }
        return List.copyOf(times);
    }

    /**
     * Per kind, per law with any request of that kind in the period, every code of the kind in its order with its
     * count and its share of the law's requests of that kind.
     */
    private List<ReasonCount> reasons(Period period) {
        Map<ReasonKind, Map<Law, Long>> totals = new EnumMap<>(ReasonKind.class);
        Map<ReasonKind, Map<Law, Map<String, Long>>> counts = new EnumMap<>(ReasonKind.class);
        period(MonitorQueries.REASONS, period).query((rs, row) -> {
            ReasonKind kind = ReasonKind.valueOf(rs.getString("kind"));
            Law law = Law.valueOf(rs.getString("law"));
            if (rs.getBoolean("all_codes")) {
                totals.computeIfAbsent(kind, any -> new EnumMap<>(Law.class)).put(law, rs.getLong("requests"));
            } else {
                counts.computeIfAbsent(kind, any -> new EnumMap<>(Law.class))
                        .computeIfAbsent(law, any -> new HashMap<>()).put(rs.getString("code"), rs.getLong("requests"));
            }
            return row;
        }).list();
        List<ReasonCount> lines = new ArrayList<>();
        totals.forEach((kind, laws) -> laws.forEach((law, total) -> {
            Map<String, Long> found = counts.get(kind).get(law);
            for (String code : kind.codes()) {
                long requests = found.getOrDefault(code, 0L);
                lines.add(new ReasonCount(kind, law, code, requests, percent(requests, total)));
            }
        }));
        return List.copyOf(lines);
    }

    /** Per law with care active in the period, in the order of {@link Law}. */
    private List<ContractUse> contracts(Period period) {
        Map<Law, ContractUse> perLaw = new EnumMap<>(Law.class);
        period(MonitorQueries.CONTRACTS, period).query((rs, row) -> {
            Law law = Law.valueOf(rs.getString("law"));
            long provisions = rs.getLong("provisions");
            long personalBudget = rs.getLong("personal_budget");
            BigDecimal cost = rs.getBigDecimal("cost");
            BigDecimal shareCost = percent(rs.getBigDecimal("personal_budget_cost"), cost);
            long inKindKnown = rs.getLong("in_kind_known");
            long offContract = rs.getLong("off_contract");
            return perLaw.put(law, new ContractUse(law, provisions, personalBudget, percent(personalBudget, provisions),
                    euros(cost), shareCost, inKindKnown, offContract, percent(offContract, inKindKnown)));
        }).list();
        return List.copyOf(perLaw.values());
    }

    private List<AgreedDuration> agreedDurations(Period period) {
        return period(MonitorQueries.LONGER_THAN_AGREED, period).query((rs, row) -> {
            long chains = rs.getLong("chains");
            long longer = rs.getLong("longer");
            return new AgreedDuration(Law.valueOf(rs.getString("law")), rs.getString("provider"),
                    rs.getString("product_code"), rs.getInt("max_months"), chains, longer, percent(longer, chains));
        }).list().stream().sorted(Comparator.comparing(AgreedDuration::law)).toList();
    }

    /** Per law with care that ended in the period, in the order of {@link Law}. */
    private List<Outcome> outcomes(Period period) {
        Map<Law, Outcome> perLaw = new EnumMap<>(Law.class);
        period(MonitorQueries.OUTCOMES, period).query((rs, row) -> {
            Law law = Law.valueOf(rs.getString("law"));
            long asPlanned = rs.getLong("as_planned");
            long stoppedEarly = rs.getLong("stopped_early");
            long achieved = rs.getLong("achieved");
            long partly = rs.getLong("partly");
            long notAchieved = rs.getLong("not_achieved");
            return perLaw.put(law, new Outcome(law, asPlanned, stoppedEarly, percent(stoppedEarly,
                    asPlanned + stoppedEarly), achieved, partly, notAchieved,
                    percent(achieved, achieved + partly + notAchieved)));
        }).list();
        return List.copyOf(perLaw.values());
    }

    /** Per provider and product, then for all, the families' scores: the averages only from enough answers. */
    private List<ExperienceScore> experience(Period period) {
        return period(MonitorQueries.EXPERIENCE, period).query((rs, row) -> {
            long answers = rs.getLong("answers");
            boolean shown = answers >= ExperienceScore.MINIMUM_ANSWERS;
            return new ExperienceScore(rs.getString("provider"), rs.getString("product_code"), answers,
                    shown ? oneDecimal(rs, "effect") : null, shown ? oneDecimal(rs, "route") : null,
                    shown ? oneDecimal(rs, "provider_score") : null);
        }).list();
    }

    private List<DeliveryCheck> deliveries(Period period) {
        return period(MonitorQueries.DELIVERY, period).query((rs, row) -> new DeliveryCheck(rs.getString("provider"),
                rs.getLong("answered"), rs.getLong("not_delivered"),
                percent(rs.getLong("not_delivered"), rs.getLong("answered")))).list();
    }

    /** The column with one decimal; null stays null. */
    private static BigDecimal oneDecimal(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
    }

    /**
     * Per law with any outflow reason in the period, every reason in the order of {@link OutflowReason} with its count
     * and its share of the law's.
     */
    private List<OutflowReasonCount> outflowReasons(Period period) {
        Map<Law, Map<OutflowReason, Long>> counts = new EnumMap<>(Law.class);
        period(MonitorQueries.OUTFLOW_REASONS, period).query((rs, row) -> counts
                .computeIfAbsent(Law.valueOf(rs.getString("law")), law -> new EnumMap<>(OutflowReason.class))
                .put(OutflowReason.valueOf(rs.getString("outflow_reason")), rs.getLong("provisions"))).list();
        List<OutflowReasonCount> lines = new ArrayList<>();
        counts.forEach((law, reasons) -> {
            long total = reasons.values().stream().mapToLong(Long::longValue).sum();
            for (OutflowReason reason : OutflowReason.values()) {
                long provisions = reasons.getOrDefault(reason, 0L);
                lines.add(new OutflowReasonCount(law, reason, provisions, percent(provisions, total)));
            }
        });
        return List.copyOf(lines);
    }

    /**
     * The spending of each law in the calendar year of the period's last day as known today (on its last day once it
     * is over), and the pace of new care in the {@value #PACE_MONTHS} full months before today's month.
     */
    private record YearSpending(LocalDate asOf, LocalDate yearLast, Map<Law, LawSpending> laws) {

        LawSpending of(Law law) {
            return laws.getOrDefault(law, new LawSpending(BigDecimal.ZERO, BigDecimal.ZERO,
                    List.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)));
        }
    }

    /** Spent up to the day, committed after it to the year's end, and the cost per day of new care per month. */
    private record LawSpending(BigDecimal spent, BigDecimal committed, List<BigDecimal> pace) {

        BigDecimal inTheYear() {
            return spent.add(committed);
        }
    }

    private YearSpending yearSpending(Period period) {
        int year = period.last().getYear();
        LocalDate yearFirst = LocalDate.of(year, 1, 1);
        LocalDate yearLast = LocalDate.of(year, 12, 31);
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = today.isAfter(yearLast) ? yearLast : today.isBefore(yearFirst) ? yearFirst.minusDays(1) : today;
        YearMonth thisMonth = YearMonth.from(asOf);
        Map<Law, LawSpending> laws = new EnumMap<>(Law.class);
        jdbc.sql(MonitorQueries.YEAR_SPENDING).param("asOf", asOf).param("yearFirst", yearFirst)
                .param("yearLast", yearLast).param("pace1", thisMonth.minusMonths(3).atDay(1))
                .param("pace2", thisMonth.minusMonths(2).atDay(1)).param("pace3", thisMonth.minusMonths(1).atDay(1))
                .param("asOfMonth", thisMonth.atDay(1))
                .query((rs, row) -> laws.put(Law.valueOf(rs.getString("law")), new LawSpending(rs.getBigDecimal("spent"),
                        rs.getBigDecimal("committed"), List.of(rs.getBigDecimal("pace_1"), rs.getBigDecimal("pace_2"),
                        rs.getBigDecimal("pace_3")))))
                .list();
        return new YearSpending(asOf, yearLast, laws);
    }

    /**
     * The year of the period's last day against each law's ceiling: what its provisions cost in it, running ones up to
     * its end; orange from the warning share (default 90%), red over the ceiling.
     */
    private List<BudgetLine> budgets(YearSpending spending, MonitorSettings settings) {
        List<BudgetLine> lines = new ArrayList<>();
        for (Law law : Law.values()) {
            BigDecimal amount = euros(spending.of(law).inTheYear());
            BigDecimal ceiling = settings.ceilings().get(law);
            BigDecimal share = percent(amount, ceiling);
            TrafficLight light = share == null ? TrafficLight.NONE
                    : amount.compareTo(ceiling) > 0 ? TrafficLight.RED
                    : amount.compareTo(ceiling.multiply(settings.budgetWarningShare())) >= 0 ? TrafficLight.ORANGE
                    : TrafficLight.GREEN;
            lines.add(new BudgetLine(law, amount, ceiling, share, light));
        }
        return List.copyOf(lines);
    }

    /** The costliest tenth of the families in {@code year}, costliest first, without their names. */
    List<CostlyFamily> costliestFamilies(int year) {
        return costliestTenth(year).families();
    }

    private record CostliestTenth(long familiesWithCare, BigDecimal costOfAll, List<CostlyFamily> families) {}

    private CostliestTenth costliestTenth(int year) {
        long[] familiesWithCare = {0};
        BigDecimal[] costOfAll = {BigDecimal.ZERO};
        List<CostlyFamily> top = jdbc.sql(MonitorQueries.COSTLIEST_FAMILIES)
                .param("yearFirst", LocalDate.of(year, 1, 1)).param("yearLast", LocalDate.of(year, 12, 31))
                .param("previousFirst", LocalDate.of(year - 1, 1, 1))
                .query((rs, row) -> {
                    familiesWithCare[0] = rs.getLong("families");
                    costOfAll[0] = rs.getBigDecimal("total_cost");
                    int professionals = rs.getInt("professionals");
                    boolean withoutPlan = rs.wasNull();
                    return new CostlyFamily(rs.getLong("family_id"), null, euros(rs.getBigDecimal("cost")),
                            euros(rs.getBigDecimal("cost_before")), rs.getLong("provisions"), rs.getInt("laws"),
                            withoutPlan ? null : professionals);
                }).list();
        return new CostliestTenth(familiesWithCare[0], costOfAll[0], top);
    }

    private CostConcentration costConcentration(int year) {
        CostliestTenth tenth = costliestTenth(year);
        List<CostlyFamily> top = tenth.families();
        BigDecimal topCost = top.stream().map(CostlyFamily::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Integer> professionals = top.stream().map(CostlyFamily::professionals).filter(Objects::nonNull).toList();
        return new CostConcentration(year, tenth.familiesWithCare(), top.size(), topCost,
                percent(topCost, tenth.costOfAll()),
                average(top.stream().map(family -> family.provisions()).toList()),
                average(top.stream().map(family -> (long) family.laws()).toList()),
                average(professionals.stream().map(Integer::longValue).toList()));
    }

    /** With one decimal; null of nothing. */
    private static BigDecimal average(List<Long> numbers) {
        return numbers.isEmpty() ? null : BigDecimal.valueOf(numbers.stream().mapToLong(Long::longValue).sum())
                .divide(BigDecimal.valueOf(numbers.size()), 1, RoundingMode.HALF_UP);
    }

    /**
     * Per law, the year of the period's last day as known today (on its last day once it is over): spent and
     * committed, as budget use has them, plus new care at the pace of the last {@value #PACE_MONTHS} full months (the
     * band: their slowest and fastest). New care that starts evenly over the T days left, each month adding care that
     * costs r a day to the year's end, costs r x T x T / (2 x 365 / 12) by then.
     */
    private List<Forecast> forecasts(YearSpending spending, MonitorSettings settings) {
        long daysLeft = ChronoUnit.DAYS.between(spending.asOf(), spending.yearLast());
        BigDecimal newCareFactor = BigDecimal.valueOf(daysLeft * daysLeft * 6).divide(BigDecimal.valueOf(365), 10,
                RoundingMode.HALF_UP);
        List<Forecast> forecasts = new ArrayList<>();
        for (Law law : Law.values()) {
            LawSpending known = spending.of(law);
            BigDecimal sure = known.inTheYear();
            BigDecimal average = known.pace().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(PACE_MONTHS), 10, RoundingMode.HALF_UP);
            BigDecimal expectedNew = average.multiply(newCareFactor);
            BigDecimal forecast = sure.add(expectedNew);
            BigDecimal low = sure.add(known.pace().stream().min(BigDecimal::compareTo).orElseThrow()
                    .multiply(newCareFactor));
            BigDecimal high = sure.add(known.pace().stream().max(BigDecimal::compareTo).orElseThrow()
                    .multiply(newCareFactor));
            BigDecimal ceiling = settings.ceilings().get(law);
            TrafficLight light = ceiling.signum() == 0 ? TrafficLight.NONE
                    : forecast.compareTo(ceiling) > 0 ? TrafficLight.RED
                    : high.compareTo(ceiling) > 0 ? TrafficLight.ORANGE : TrafficLight.GREEN;
            forecasts.add(new Forecast(law, spending.asOf(), euros(known.spent()), euros(known.committed()),
                    euros(expectedNew), euros(forecast), euros(low), euros(high), ceiling, light));
        }
        return List.copyOf(forecasts);
    }

    private IndicatorValue valued(Indicator indicator, BigDecimal value, MonitorSettings settings, Period period) {
        BigDecimal target = settings.target(indicator, period);
        return new IndicatorValue(indicator, value, settings.baseline2023().get(indicator),
                settings.baseline2024().get(indicator), target, light(indicator, value, target, settings.orangeMargin()));
    }

    /**
     * Green when the value meets the target, orange when it misses it by no more than the margin (a share of the
     * target, default 10%), red otherwise; none without a target, no value when the period has nothing to measure.
     */
    static TrafficLight light(Indicator indicator, BigDecimal value, BigDecimal target, BigDecimal margin) {
        if (target == null) {
            return TrafficLight.NONE;
        }
        if (value == null) {
            return TrafficLight.NO_VALUE;
        }
        BigDecimal slack = target.abs().multiply(margin);
        if (indicator.higherIsBetter()) {
            return value.compareTo(target) >= 0 ? TrafficLight.GREEN
                    : value.compareTo(target.subtract(slack)) >= 0 ? TrafficLight.ORANGE : TrafficLight.RED;
        }
        return value.compareTo(target) <= 0 ? TrafficLight.GREEN
                : value.compareTo(target.add(slack)) <= 0 ? TrafficLight.ORANGE : TrafficLight.RED;
    }

    private JdbcClient.StatementSpec period(String sql, Period period) {
        return jdbc.sql(sql).param("first", period.first()).param("last", period.last());
    }

    private static BigDecimal count(ResultSet rs, String column) throws SQLException {
        return BigDecimal.valueOf(rs.getLong(column));
    }

    /** A percentage with one decimal; null when there is nothing to divide by. */
    private static BigDecimal percent(long part, long whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /** A percentage with one decimal; null when there is nothing to divide by. */
    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal perYouthPerYear(BigDecimal spending, long youths, BigDecimal yearShare) {
        return youths == 0 ? null : spending.divide(yearShare, 10, RoundingMode.HALF_UP)
                .divide(BigDecimal.valueOf(youths), 0, RoundingMode.HALF_UP);
    }

    private static BigDecimal euros(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
