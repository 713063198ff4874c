package nl.gezinsplan.casework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.gezinsplan.base.i18n.Translations;
import org.junit.jupiter.api.Test;

/** Dates and amounts side by side in one language's formats, never an American date beside a Dutch amount. */
class FormatsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);
    private static final BigDecimal AMOUNT = new BigDecimal("14976");

    @Test
    void englishWritesDateAndAmountBothTheBritishWay() {
        assertThat(Formats.date(DAY, Translations.ENGLISH)).isEqualTo("6 Dec 2026");
        assertThat(Formats.euros(AMOUNT, Translations.ENGLISH)).isEqualTo("€14,976.00");
    }

    @Test
    void dutchWritesDateAndAmountBothTheDutchWay() {
        assertThat(Formats.date(DAY, Translations.DUTCH)).isEqualTo("6 dec. 2026");
        assertThat(Formats.euros(AMOUNT, Translations.DUTCH).replace('\u00a0', ' ')).isEqualTo("€ 14.976,00");
    }
}
