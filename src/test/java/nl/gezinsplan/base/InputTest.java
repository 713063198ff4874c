package nl.gezinsplan.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks every service applies to typed input, each refusal naming its message. */
class InputTest {

    private static final TextLimit NAME = new TextLimit("family", "name", 10, "family.name");
    private static final NumberLimit VOLUME = new NumberLimit("provision", "volume", 10, 2, "casework.provision.volume");

    @Test
    void textUpToItsLimitPassesAndLongerIsRefused() {
        assertThatCode(() -> Input.text("x".repeat(10), NAME)).doesNotThrowAnyException();
        assertThatCode(() -> Input.text(null, NAME)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Input.text("x".repeat(11), NAME)).hasMessage("input.text.too-long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u0007b", "a\u001Bb", "a\u007Fb", "a\u0085b", "a\u009Fb", "a\uD800b",
        "\uDC00ab", "ab\uD83D"})
    void controlCharactersAndUnpairedSurrogatesAreRefused(String text) {
        assertThatThrownBy(() -> Input.text(text, NAME)).hasMessage("input.text.bad-characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"r\nr", "tab\there", "r\u00e9sum\u00e9", "\uD83D\uDE00 blij"})
    void lineBreaksTabsAccentsAndEmojiAreText(String text) {
        assertThatCode(() -> Input.text(text, NAME)).doesNotThrowAnyException();
    }

    @Test
    void theLengthIsCountedInCharactersAsTheDatabaseCountsThem() {
        assertThatCode(() -> Input.text("\uD83D\uDE00".repeat(10), NAME)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Input.text("\uD83D\uDE00".repeat(11), NAME)).hasMessage("input.text.too-long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tab\there", "r\nr", "r\rr"})
    void aLineHoldsNoTabOrLineBreak(String text) {
        assertThatThrownBy(() -> Input.line(text, NAME)).hasMessage("input.text.bad-characters");
        assertThatCode(() -> Input.line("r\u00e9sum\u00e9", NAME)).doesNotThrowAnyException();
    }

    @Test
    void aRequiredTextMayNotBeBlank() {
        assertThatThrownBy(() -> Input.requiredText("  ", NAME, "family.name.required")).hasMessage("family.name.required");
    }

    @Test
    @Timeout(1)
    void numbersThatDoNotFitTheColumnAreRefusedWithoutComputingThem() {
        assertThatThrownBy(() -> Input.number(new BigDecimal("1E-100000000"), VOLUME))
                .hasMessage("input.number.too-many-decimals");
        assertThatThrownBy(() -> Input.number(new BigDecimal("1E+100000000"), VOLUME))
                .hasMessage("input.number.too-large");
        assertThatThrownBy(() -> Input.number(new BigDecimal("123456789"), VOLUME)).hasMessage("input.number.too-large");
        assertThatThrownBy(() -> Input.number(new BigDecimal("1.005"), VOLUME))
                .hasMessage("input.number.too-many-decimals");
        assertThatCode(() -> Input.number(new BigDecimal("12345678.50"), VOLUME)).doesNotThrowAnyException();
        assertThatCode(() -> Input.number(new BigDecimal("2.500"), VOLUME)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E-100000000", "1e5", "12.345,6", "1,000.5", "--1", "abc", ".", "0x10", "99999999999999999999999999999999999999999999999999"})
    @Timeout(1)
    void numberTextWithExponentsGroupingOrLettersIsUnreadable(String text) {
        assertThatThrownBy(() -> Input.parseNumber(text, VOLUME)).hasMessage("input.number.unreadable");
    }

    @ParameterizedTest
    @CsvSource({"'12,5', 12.5", "' 7 ', 7", "'-0.25', -0.25", "'.5', 0.5"})
    void numberTextWithADecimalCommaOrPointIsRead(String text, BigDecimal expected) {
        assertThat(Input.parseNumber(text, VOLUME)).isEqualByComparingTo(expected);
    }

    @Test
    void datesLieBetween1900And2100AndAPastDateNotAfterToday() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        assertThatThrownBy(() -> Input.date(LocalDate.of(9999, 12, 31), "family.person.birth-date"))
                .hasMessage("input.date.out-of-range");
        assertThatThrownBy(() -> Input.date(LocalDate.of(1899, 12, 31), "family.person.birth-date"))
                .hasMessage("input.date.out-of-range");
        assertThatThrownBy(() -> Input.pastDate(today.plusDays(1), "family.person.birth-date", today))
                .hasMessage("input.date.future");
        assertThatCode(() -> Input.pastDate(today, "family.person.birth-date", today)).doesNotThrowAnyException();
        assertThatCode(() -> Input.date(LocalDate.of(2100, 12, 31), "family.person.birth-date"))
                .doesNotThrowAnyException();
    }

    @Test
    void aSearchTermLosesOnlyNul() {
        assertThat(Input.searchable("Jan\u0000sen\u0007")).isEqualTo("Jansen\u0007");
    }
}
