package nl.gezinsplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static final ReportTable TABLE = new ReportTable("Indicatoren", List.of("Naam", "Waarde"), List.of(
            List.of(Cell.text("Kosten per jeugdige"), Cell.number(new BigDecimal("17300.00"), Measure.EURO)),
            List.of(Cell.text("Aandeel"), Cell.number(new BigDecimal("12.7"), Measure.PERCENT)),
            List.of(Cell.text("Zonder gegevens"), Cell.number(null, Measure.COUNT))));

    @Test
    void startsWithAByteOrderMarkSoExcelReadsUtf8() {
        byte[] csv = CsvWriter.write(TABLE, Locale.forLanguageTag("nl"));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    }

    @Test
    void dutchUsesSemicolonsAndADecimalComma() {
        assertThat(text(TABLE, "nl")).isEqualTo("""
                Naam;Waarde\r
                Kosten per jeugdige;17300\r
                Aandeel;12,7\r
                Zonder gegevens;\r
                """);
    }

    @Test
    void englishUsesCommasAndADecimalPoint() {
        assertThat(text(TABLE, "en")).isEqualTo("""
                Naam,Waarde\r
                Kosten per jeugdige,17300\r
                Aandeel,12.7\r
                Zonder gegevens,\r
                """);
    }

    @Test
    void quotesTextThatHoldsTheSeparatorAQuoteOrALineBreak() {
        ReportTable table = new ReportTable("Aanbieders", List.of("Aanbieder"), List.of(
                List.of(Cell.text("Zorg; en Welzijn")), List.of(Cell.text("De \"Brug\"")),
                List.of(Cell.text("Twee\nregels")), List.of(Cell.text("Komma, BV"))));

        assertThat(text(table, "nl")).isEqualTo("Aanbieder\r\n\"Zorg; en Welzijn\"\r\n\"De \"\"Brug\"\"\"\r\n"
                + "\"Twee\nregels\"\r\nKomma, BV\r\n");
        assertThat(text(table, "en")).endsWith("\"Komma, BV\"\r\n");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        ReportTable table = new ReportTable("Aanbieders", List.of("Aanbieder"),
                List.of(List.of(Cell.text("=HYPERLINK(\"x\")")), List.of(Cell.text("@som"))));

        assertThat(text(table, "nl")).isEqualTo("Aanbieder\r\n\"'=HYPERLINK(\"\"x\"\")\"\r\n'@som\r\n");
    }

    private static String text(ReportTable table, String language) {
        byte[] csv = CsvWriter.write(table, Locale.forLanguageTag(language));
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }
}
