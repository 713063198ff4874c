package nl.gezinsplan.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.RefusalReason;
import nl.gezinsplan.casework.TriageReason;
import org.junit.jupiter.api.Test;

/**
 * The letter has words for every law, every refusal reason and every triage reason (for the draft of its motivation): a missing text would fail the decision itself, since
 * the letter is written in the transaction that closes the request.
 */
class LetterTextsTest {

    @Test
    void everyLawRefusalReasonAndTriageReasonHasItsWordsInTheLetter() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = LetterTextsTest.class.getResourceAsStream("/decision/letter.properties")) {
            texts.load(in);
        }
        for (Law law : Law.values()) {
            assertThat(texts).containsKeys("letter.law." + law, "letter.legal-basis." + law, "letter.team." + law);
        }
        assertThat(texts).containsKeys(Arrays.stream(RefusalReason.values()).map(reason -> "letter.reason." + reason)
                .toArray(String[]::new));
        assertThat(texts).containsKeys(Arrays.stream(TriageReason.values()).map(reason -> "letter.triage-reason." + reason)
                .toArray(String[]::new));
    }
}
