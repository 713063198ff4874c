package nl.gezinsplan.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BsnTest {

    @ParameterizedTest
    @ValueSource(strings = {"999990019", "999990020", "111222333", "123456782"})
    void acceptsNumbersThatPassTheElevenCheck(String number) {
        assertThat(Bsn.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"999990018", "123456789", "12345678", "1234567820", "12345678a", "", "000000000"})
    void refusesNumbersThatFailTheElevenCheckOrAreNotNineDigits(String number) {
        assertThat(Bsn.isValid(number)).isFalse();
    }

    @Test
    void readsTheNumberAsPeopleTypeIt() {
        assertThat(Bsn.parse(" 1234.56-782 ")).contains(new Bsn("123456782"));
        assertThat(Bsn.parse("123 456 789")).isEmpty();
        assertThat(Bsn.parse(null)).isEmpty();
    }

    @Test
    void showsOnlyTheLastThreeDigits() {
        assertThat(new Bsn("123456782").masked()).isEqualTo("******782");
        assertThat(new Bsn("123456782").toString()).doesNotContain("123456");
    }

    @Test
    void cannotBeMadeFromAnInvalidNumber() {
        assertThatThrownBy(() -> new Bsn("123456789")).isInstanceOf(IllegalArgumentException.class);
    }
}
