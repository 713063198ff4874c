package nl.gezinsplan.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.gezinsplan.base.Law;
import org.springframework.core.env.Environment;

/**
 * The product's reading of the policy where it is configuration (gezinsplan.monitor.* in application.yml): which
 * provisions are residential, foster care and light or heavy housing, the population 0-17 per year, baselines,
 * targets, the traffic-light margin and the budget ceilings with their warning share.
 */
record MonitorSettings(List<String> residentialCategories, List<String> residentialProducts,
        List<String> fosterCareProducts, List<String> lightHousingProducts, List<String> heavyHousingProducts,
        Map<Integer, Long> population, Map<Indicator, BigDecimal> baseline2023, Map<Indicator, BigDecimal> baseline2024,
        Map<Indicator, BigDecimal> targets, BigDecimal orangeMargin, Map<Law, BigDecimal> ceilings,
        BigDecimal budgetWarningShare, BigDecimal extensionsReduction) {

    private static final String PREFIX = "gezinsplan.monitor.";

    static MonitorSettings from(Environment environment) {
        Map<Integer, Long> population = new HashMap<>();
        // the population is asked for by year; the years around the data the municipality has are enough
        for (int year = 2000; year <= 2100; year++) {
            Long residents = environment.getProperty(PREFIX + "population." + year, Long.class);
            if (residents != null) {
                population.put(year, residents);
            }
        }
        Map<Law, BigDecimal> ceilings = new HashMap<>();
        for (Law law : Law.values()) {
            ceilings.put(law, environment.getRequiredProperty(
                    "gezinsplan.budget.ceiling." + law.name().toLowerCase(Locale.ROOT), BigDecimal.class));
        }
        return new MonitorSettings(list(environment, "residential-categories"),
                list(environment, "residential-products"), list(environment, "foster-care-products"),
                list(environment, "light-housing-products"), list(environment, "heavy-housing-products"),
                Map.copyOf(population), perIndicator(environment, "baseline.2023."),
                perIndicator(environment, "baseline.2024."), perIndicator(environment, "target."),
                environment.getProperty(PREFIX + "orange-margin", BigDecimal.class, new BigDecimal("0.10")),
                Map.copyOf(ceilings),
                environment.getProperty(PREFIX + "budget-warning-share", BigDecimal.class, new BigDecimal("0.90")),
                environment.getProperty(PREFIX + "extensions-reduction", BigDecimal.class, new BigDecimal("0.40")));
    }

    /** The residents aged 0-17 on 31 December of the year, or null when not configured. */
    Long populationAtEndOf(int year) {
        return population.get(year);
    }

    /** The same settings with another population for one year (for a data set of one's own). */
    MonitorSettings withPopulation(int year, long residents) {
        Map<Integer, Long> changed = new HashMap<>(population);
        changed.put(year, residents);
        return new MonitorSettings(residentialCategories, residentialProducts, fosterCareProducts,
                lightHousingProducts, heavyHousingProducts, Map.copyOf(changed), baseline2023, baseline2024, targets,
                orangeMargin, ceilings, budgetWarningShare, extensionsReduction);
    }

    /** The same settings with another budget ceiling for a law. */
    MonitorSettings withCeiling(Law law, BigDecimal ceiling) {
        Map<Law, BigDecimal> changed = new HashMap<>(ceilings);
        changed.put(law, ceiling);
        return new MonitorSettings(residentialCategories, residentialProducts, fosterCareProducts,
                lightHousingProducts, heavyHousingProducts, population, baseline2023, baseline2024, targets,
                orangeMargin, Map.copyOf(changed), budgetWarningShare, extensionsReduction);
    }

    /**
     * The indicator's target for the period. For the extensions (M10) that is the base year's count (the 2023
     * baseline) less the reduction the programme aims at (40%), for the period's share of a year; for the others the
     * configured target. Null: no target.
     */
    BigDecimal target(Indicator indicator, Period period) {
        if (indicator != Indicator.EXTENSIONS) {
            return targets.get(indicator);
        }
        BigDecimal baseYear = baseline2023.get(indicator);
        return baseYear == null ? null : baseYear.multiply(BigDecimal.ONE.subtract(extensionsReduction))
                .multiply(BigDecimal.valueOf(period.months().size()))
                .divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP);
    }

    private static List<String> list(Environment environment, String name) {
        String[] values = environment.getProperty(PREFIX + name, String[].class, new String[0]);
        return List.of(values).stream().map(String::trim).filter(value -> !value.isEmpty()).toList();
    }

    private static Map<Indicator, BigDecimal> perIndicator(Environment environment, String prefix) {
        Map<Indicator, BigDecimal> values = new HashMap<>();
        for (Indicator indicator : Indicator.values()) {
            BigDecimal value = environment.getProperty(PREFIX + prefix + indicator.key(), BigDecimal.class);
            if (value != null) {
                values.put(indicator, value);
            }
        }
        return Map.copyOf(values);
    }
}
