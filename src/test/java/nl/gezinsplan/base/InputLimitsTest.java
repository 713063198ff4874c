package nl.gezinsplan.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.gezinsplan.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every limit a service checks is its column's: the length of a varchar, the precision and scale of a numeric, as
 * the migrations made them. A migration that changes a column without its limit (or the other way round) fails here.
 */
@IntegrationTest
class InputLimitsTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void everyTextLimitIsItsColumnsLength() {
        List<TextLimit> limits = declared(TextLimit.class);

        assertThat(limits).hasSizeGreaterThan(30);
        limits.forEach(limit -> assertThat(column(limit.table(), limit.column()).get("character_maximum_length"))
                .as("%s.%s", limit.table(), limit.column()).isEqualTo(limit.maxLength()));
    }

    @Test
    void everyNumberLimitIsItsColumnsPrecisionAndScale() {
        List<NumberLimit> limits = declared(NumberLimit.class);

        assertThat(limits).isNotEmpty();
        limits.forEach(limit -> {
            Map<String, Object> column = column(limit.table(), limit.column());
            assertThat(List.of(column.get("numeric_precision"), column.get("numeric_scale")))
                    .as("%s.%s", limit.table(), limit.column()).containsExactly(limit.precision(), limit.scale());
        });
    }

    /** Why {@link Input#text} refuses NUL: PostgreSQL does not store it in text, so it would fail the save. */
    @Test
    void postgresRefusesNulInText() {
        assertThatThrownBy(() -> jdbc.sql("select cast(:text as varchar)").param("text", "a\u0000b").query(String.class).single())
                .hasMessageContaining("0x00");
    }

    private Map<String, Object> column(String table, String column) {
        return jdbc.sql("""
                        select character_maximum_length, numeric_precision, numeric_scale from information_schema.columns
                        where table_schema = current_schema() and table_name = :table and column_name = :column""")
                .param("table", table)
                .param("column", column)
                .query()
                .singleRow();
    }

    /** The limits every module declares in its {@code *Limits} class. */
    private static <T> List<T> declared(Class<T> type) {
        List<T> limits = new ArrayList<>();
        for (JavaClass holder : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.gezinsplan")) {
            if (holder.getSimpleName().endsWith("Limits")) {
                for (Field field : holder.reflect().getFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && type.isAssignableFrom(field.getType())) {
                        limits.add(type.cast(read(field)));
                    }
                }
            }
        }
        return limits;
    }

    private static Object read(Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
