package nl.gezinsplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import nl.gezinsplan.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The import's limits are the schema's: what the checks let through, the history's columns hold. */
@IntegrationTest
class HistoryLimitsTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyTextLengthIsTheColumnsLength() {
        Map<String, Integer> lengths = HistoryLimits.LENGTHS.keySet().stream()
                .collect(Collectors.toMap(HistoryLimits::tableColumn, HistoryLimits.LENGTHS::get));

        assertThat(lengths).isEqualTo(jdbc.sql("""
                        select column_name, character_maximum_length from information_schema.columns
                        where table_name = 'allocation_history' and column_name in (:columns)""")
                .param("columns", lengths.keySet())
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @Test
    void everyNumbersDigitsAreTheColumnsPrecisionAndScale() {
        Map<String, HistoryLimits.Digits> digits = new java.util.HashMap<>(HistoryLimits.NUMBERS);
        digits.put("cost_per_day", HistoryLimits.COST_PER_DAY);

        assertThat(digits).isEqualTo(jdbc.sql("""
                        select column_name, numeric_precision, numeric_scale from information_schema.columns
                        where table_name = 'allocation_history' and column_name in (:columns)""")
                .param("columns", digits.keySet())
                .query((rs, row) -> Map.entry(rs.getString(1), new HistoryLimits.Digits(rs.getInt(2), rs.getInt(3))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @Test
    void theLargestNumberOfAColumnFillsItsDigits() {
        assertThat(new HistoryLimits.Digits(12, 2).largest()).isEqualByComparingTo("9999999999.99");
        assertThat(HistoryLimits.COST_PER_DAY.largest()).isEqualByComparingTo("9999999999.9999");
    }
}
