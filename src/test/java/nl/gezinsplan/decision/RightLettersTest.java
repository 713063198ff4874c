package nl.gezinsplan.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.benefit.Measure;
import nl.gezinsplan.benefit.MeasureDraft;
import nl.gezinsplan.benefit.MeasureImposed;
import nl.gezinsplan.benefit.Measures;
import nl.gezinsplan.benefit.Obligation;
import nl.gezinsplan.benefit.TestRights;
import nl.gezinsplan.casework.GrantedCare;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The letter of a measure is written once, also when its event is offered again. */
@IntegrationTest
class RightLettersTest {

    @Autowired
    DecisionLetters letters;

    @Autowired
    Measures measures;

    @Autowired
    TestRights rights;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aMeasureOfferedTwiceGetsOneLetter() {
        LocalDate today = LocalDate.now();
        GrantedCare right = rights.granted(today.minusMonths(2), today.plusMonths(10));
        Measure measure = measures.impose(right.provisionId(),
                new MeasureDraft(Obligation.CONDUCT, 100, 1, today, "U heeft een medewerker bedreigd."));

        letters.write(new MeasureImposed(measure.getId(), right.familyId(), right.personId(), null,
                "Bijstandsuitkering alleenstaande", Obligation.CONDUCT, 100, 1, today, measure.endsOn(),
                measure.getMotivation(), today));

        assertThat(letters.lettersOf(right.familyId())).singleElement()
                .satisfies(letter -> assertThat(letter.fileName()).isEqualTo("maatregel-" + measure.getId() + ".pdf"));
    }
}
