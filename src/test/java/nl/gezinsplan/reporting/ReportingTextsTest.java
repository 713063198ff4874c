package nl.gezinsplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every indicator, period, dimension, light and import problem the monitor names has a text in both languages. */
class ReportingTextsTest {

    @Test
    void everyKeyTheMonitorNamesHasAText() throws IOException {
        List<String> keys = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            keys.add(indicator.messageKey());
        }
        // a month is written by its name (MonitorTexts.period), the other periods by a text with their number
        for (PeriodKind kind : EnumSet.complementOf(EnumSet.of(PeriodKind.MONTH))) {
            keys.add(new Period(kind, java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 1, 31))
                    .messageKey());
        }
        for (Dimension dimension : Dimension.values()) {
            keys.add(dimension.messageKey());
        }
        for (TrafficLight light : TrafficLight.values()) {
            keys.add("reporting.light." + light.name());
        }
        Matcher problems = Pattern.compile("new BadLine\\(\"([a-z-]+)\"").matcher(
                Files.readString(Path.of("src/main/java/nl/gezinsplan/reporting/ImportedProvision.java")));
        while (problems.find()) {
            keys.add("reporting.import.problem." + problems.group(1));
        }
        // unit and frequency problems are named after their column
        keys.add("reporting.import.problem.unit");
        keys.add("reporting.import.problem.frequency");

        assertThat(load("reporting.properties").stringPropertyNames()).containsAll(keys);
        assertThat(load("reporting_en.properties").stringPropertyNames()).containsAll(keys);
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/i18n", file))) {
            properties.load(in);
        }
        return properties;
    }
}
