package nl.gezinsplan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The scaling on its own, without the application; years as keys come from YAML as indexes. */
class DemoMunicipalityScaleTest {

    private static StandardEnvironment environment(String scale) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("application", Map.of(
                "gezinsplan.demo.enabled", "true", "gezinsplan.demo.scale", scale,
                "gezinsplan.monitor.population[2025]", "17900", "gezinsplan.budget.ceiling.jeugdwet", "38000000",
                "gezinsplan.monitor.baseline[2023].spending-total", "41700000",
                "gezinsplan.monitor.baseline[2023].cost-per-youth", "17300",
                "gezinsplan.monitor.target.cost-per-youth", "20200")));
        // as in the application: a property is found by its name whatever the form its source gives it
        ConfigurationPropertySources.attach(environment);
        new DemoMunicipality().postProcessEnvironment(environment, null);
        return environment;
    }

    @Test
    void theSmallSetIsATwentiethOfTheCityInCountsAndEuros() {
        StandardEnvironment small = environment("small");
        assertThat(small.getProperty("gezinsplan.monitor.population.2025")).isEqualTo("895");
        assertThat(small.getProperty("gezinsplan.budget.ceiling.jeugdwet")).isEqualTo("1900000");
        assertThat(small.getProperty("gezinsplan.monitor.baseline.2023.spending-total")).isEqualTo("2085000");
        assertThat(small.getProperty("gezinsplan.monitor.baseline.2023.cost-per-youth")).isEqualTo("17300");
        assertThat(small.getProperty("gezinsplan.monitor.target.cost-per-youth")).isEqualTo("20200");
    }

    @Test
    void theCityIsTheCity() {
        assertThat(environment("city").getProperty("gezinsplan.monitor.population.2025")).isEqualTo("17900");
    }
}
