package nl.gezinsplan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.gezinsplan.family.Bsn;
import org.junit.jupiter.api.Test;

class DemoBsnsTest {

    @Test
    void everyFictitiousBsnStartsWith9999AndPassesTheElevenCheck() {
        assertThat(DemoBsns.all()).allSatisfy(bsn -> {
            assertThat(bsn).startsWith("9999");
            assertThat(Bsn.isValid(bsn)).as(bsn).isTrue();
        });
    }

    @Test
    void thereAre9091AndEachOnce() {
        assertThat(DemoBsns.all()).hasSize(9_091).doesNotHaveDuplicates();
    }

    @Test
    void noValidNumberWith9999IsMissed() {
        long valid = 0;
        for (int free = 0; free < 100_000; free++) {
            if (Bsn.isValid("9999" + String.format("%05d", free))) {
                valid++;
            }
        }
        assertThat(valid).isEqualTo(DemoBsns.all().size());
    }

    @Test
    void theShuffledOrderIsTheSameForTheSameSeed() {
        List<String> shuffled = DemoBsns.shuffled(42);
        assertThat(shuffled).isEqualTo(DemoBsns.shuffled(42)).isNotEqualTo(DemoBsns.all())
                .containsExactlyInAnyOrderElementsOf(DemoBsns.all());
    }
}
