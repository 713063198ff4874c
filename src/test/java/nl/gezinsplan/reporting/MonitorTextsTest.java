package nl.gezinsplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MonitorTextsTest {

    private static final MonitorTexts DUTCH = texts("nl");
    private static final MonitorTexts ENGLISH = texts("en");

    @Test
    void formatsEachMeasureAsTheReaderWritesIt() {
        assertThat(plain(DUTCH.format(new BigDecimal("17300.40"), Measure.EURO))).isEqualTo("€ 17.300");
        assertThat(plain(ENGLISH.format(new BigDecimal("17300.40"), Measure.EURO))).isEqualTo("€17,300");
        assertThat(DUTCH.format(new BigDecimal("12.66"), Measure.PERCENT)).isEqualTo("12,7%");
        assertThat(ENGLISH.format(new BigDecimal("12.66"), Measure.PERCENT)).isEqualTo("12.7%");
        assertThat(DUTCH.format(new BigDecimal("1234"), Measure.COUNT)).isEqualTo("1.234");
        assertThat(DUTCH.format(new BigDecimal("2.25"), Measure.NUMBER)).isEqualTo("2,3");
        assertThat(DUTCH.format(new BigDecimal("213.6"), Measure.DAYS)).isEqualTo("monitor.days[214]");
    }

    @Test
    void aValueWithoutDataIsADash() {
        assertThat(DUTCH.format(null, Measure.PERCENT)).isEqualTo("\u2013");
    }

    @Test
    void fileNamesAreSafeAndWithoutAccents() {
        MonitorTexts texts = new MonitorTexts((key, arguments) -> "1e halfjaar 2025", Locale.forLanguageTag("nl"));

        assertThat(texts.fileName("Cliënten per wet / district", Period.halfYear(2025, 1), "csv"))
                .isEqualTo("clienten-per-wet-district-1e-halfjaar-2025.csv");
    }

    private static MonitorTexts texts(String language) {
        return new MonitorTexts((key, arguments) -> key + java.util.Arrays.toString(arguments),
                Locale.forLanguageTag(language));
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ');
    }
}
