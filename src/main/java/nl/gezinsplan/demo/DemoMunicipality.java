package nl.gezinsplan.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes the municipality's figures fit the demo: the city scale is a city of about 80,000 inhabitants like the one
 * application.yml describes, the small set a twentieth of it. Without this the small set's hundred-odd youths in care
 * were divided by the whole city's residents (0.6% against a baseline of 11.9%) and its spending set against the
 * city's budgets, and those lights showed a misleading green. So for a smaller scale the residents aged 0-17, the
 * budget ceilings and the baselines' spending totals and extensions are scaled down with it; shares and costs per
 * youth are what they are at any size.
 */
class DemoMunicipality implements EnvironmentPostProcessor {

    static final String SOURCE = "demoMunicipality";
    private static final String[] SCALED = {"gezinsplan.monitor.population.", "gezinsplan.budget.ceiling.",
            "gezinsplan.monitor.baseline."};

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("gezinsplan.demo.enabled", Boolean.class, false)) {
            return;
        }
        DemoScale scale = DemoScale.of(environment.getProperty("gezinsplan.demo.scale", "small"));
        if (scale == DemoScale.CITY) {
            return;
        }
        BigDecimal share = BigDecimal.valueOf(scale.families())
                .divide(BigDecimal.valueOf(DemoScale.CITY.families()), 10, RoundingMode.HALF_UP);
        Map<String, Object> scaled = new HashMap<>();
        environment.getPropertySources().stream()
                .filter(source -> source instanceof EnumerablePropertySource<?>)
                .flatMap(source -> Stream.of(((EnumerablePropertySource<?>) source).getPropertyNames()))
                // YAML turns a year as key into an index: population[2024]
                .map(name -> name.replace("[", ".").replace("]", ""))
                .filter(DemoMunicipality::isScaled)
                .distinct()
                .forEach(name -> scaled.put(name, new BigDecimal(environment.getRequiredProperty(name))
                        .multiply(share).setScale(0, RoundingMode.HALF_UP).toPlainString()));
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, scaled));
    }

    /** Counts and euros of the whole city; not the shares, costs per youth or targets. */
    private static boolean isScaled(String name) {
        return Stream.of(SCALED).anyMatch(name::startsWith)
                && (!name.startsWith("gezinsplan.monitor.baseline.") || name.endsWith("spending-total")
                || name.endsWith("spending-residential") || name.endsWith("spending-non-residential")
                || name.endsWith("extensions"));
    }
}
