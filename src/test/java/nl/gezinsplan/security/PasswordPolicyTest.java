package nl.gezinsplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void shipsTheTenThousandMostCommonPasswords() {
        assertThat(policy.commonPasswords()).isEqualTo(10_000);
    }

    @Test
    void acceptsTwelveCharactersThatAreNeitherTheUserNameNorCommon() {
        assertThat(policy.refusal("anna", "rode fiets 12")).isEmpty();
        assertThat(policy.refusal("anna", "twaalf-tekens")).isEmpty();
    }

    @Test
    void refusesFewerThanTwelveCharactersCountingLettersNotBytes() {
        assertThat(policy.refusal("anna", "elf-tekens!")).hasValue("security.password.too-short");
        assertThat(policy.refusal("anna", null)).hasValue("security.password.too-short");
        // twelve letters that take two UTF-16 units each (emoji) are twelve characters
        assertThat(policy.refusal("anna", "\uD83D\uDE00".repeat(12))).isEmpty();
        assertThat(policy.refusal("anna", "\uD83D\uDE00".repeat(11))).hasValue("security.password.too-short");
    }

    @Test
    void refusesMoreThanTheSeventyTwoBytesBcryptReads() {
        assertThat(policy.refusal("anna", "a".repeat(72))).isEmpty();
        assertThat(policy.refusal("anna", "a".repeat(73))).hasValue("security.password.too-long");
        assertThat(policy.refusal("anna", "\u00e9".repeat(37))).as("74 bytes").hasValue("security.password.too-long");
    }

    @Test
    void refusesTheUserNameInAnyLetterCase() {
        assertThat(policy.refusal("jan.de.vries", "Jan.De.Vries")).hasValue("security.password.username");
        assertThat(policy.refusal("jan.de.vries", "jan.de.vries")).hasValue("security.password.username");
    }

    @Test
    void refusesACommonPasswordInAnyLetterCase() {
        assertThat(policy.refusal("anna", "unbelievable")).hasValue("security.password.common");
        assertThat(policy.refusal("anna", "Scandinavian")).hasValue("security.password.common");
    }

    @Test
    void checkThrowsTheReasonAsAnAccountRefusal() {
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(AccountRefused.class,
                () -> policy.check("anna", "kort")).messageKey()).isEqualTo("security.password.too-short");
    }
}
