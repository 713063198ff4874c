package nl.gezinsplan.benefit;

import static nl.gezinsplan.decision.TestLetters.dutch;
import static nl.gezinsplan.decision.TestLetters.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.GrantedCare;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.decision.DecisionKind;
import nl.gezinsplan.decision.DecisionLetterSummary;
import nl.gezinsplan.decision.DecisionLetters;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.portal.MyLetters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A measure (maatregel) on a right to income support: its rules, and its letter, read back from the PDF. */
@IntegrationTest
class MeasuresTest {

    private static final String MOTIVATION = "U heeft niet gemeld dat u sinds maart werkt.";

    @Autowired
    Measures measures;

    @Autowired
    TestRights rights;

    @Autowired
    DecisionLetters letters;

    @Autowired
    Provisions provisions;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestMembers members;

    @Autowired
    MyLetters myLetters;

    final LocalDate today = LocalDate.now();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aMeasureIsImposedWithItsLetter() {
        GrantedCare right = rights.granted(today.minusMonths(2), today.plusMonths(10));
        LocalDate start = today.plusDays(1);

        Measure measure = measures.impose(right.provisionId(),
                new MeasureDraft(Obligation.INFORMATION, 20, 3, start, " " + MOTIVATION + " "));

        assertThat(measure.getPersonId()).isEqualTo(right.personId());
        assertThat(measure.getMotivation()).isEqualTo(MOTIVATION);
        assertThat(measure.endsOn()).isEqualTo(start.plusMonths(3).minusDays(1));
        assertThat(measures.ofFamily(right.familyId())).extracting(Measure::getId).containsExactly(measure.getId());
        DecisionLetterSummary letter = letters.lettersOf(right.familyId()).get(0);
        assertThat(letter.kind()).isEqualTo(DecisionKind.MEASURE);
        assertThat(letter.law()).isEqualTo(Law.PARTICIPATIEWET);
        assertThat(letter.personId()).isEqualTo(right.personId());
        assertThat(letter.date()).isEqualTo(today);
        assertThat(letter.fileName()).isEqualTo("maatregel-" + measure.getId() + ".pdf");
        String text = textOf(letters.download(letter.id()).content());
        assertThat(text)
                .contains("Maatregel " + measure.getId())
                .contains("Beste Sam Bijstand,")
                .contains("Wij verlagen uw uitkering (Bijstandsuitkering alleenstaande) met 20 procent, 3 maanden lang.")
                .contains("inlichtingenplicht")
                .contains(dutch(start) + " tot en met " + dutch(measure.endsOn()))
                .contains(MOTIVATION)
                .contains("artikel 18 van de Participatiewet")
                .contains("Dan kunt u bezwaar maken binnen zes weken")
                .contains("Team Participatie");
    }

    @Test
    void thePersonReadsTheMeasuresLetterInThePortal() {
        GrantedCare right = rights.granted(today.minusMonths(2), today.plusMonths(10));
        measures.impose(right.provisionId(), new MeasureDraft(Obligation.WORK, 10, 1, today, MOTIVATION));
        String login = members.portalLogin(right.personId());
        SignIn.as(users, login);

        DecisionLetterSummary letter = myLetters.list().get(0);
        assertThat(letter.kind()).isEqualTo(DecisionKind.MEASURE);
        assertThat(textOf(myLetters.download(letter.id()).content())).contains(MOTIVATION);
    }

    @Test
    void aMeasureNeedsItsObligationPercentageMonthsStartAndMotivation() {
        long right = rights.granted(today.minusMonths(2), today.plusMonths(10)).provisionId();
        LocalDate start = today;

        refused(right, new MeasureDraft(null, 20, 3, start, MOTIVATION), "benefit.measure.obligation.required");
        refused(right, new MeasureDraft(Obligation.WORK, 0, 3, start, MOTIVATION), "benefit.measure.percentage.range");
        refused(right, new MeasureDraft(Obligation.WORK, 101, 3, start, MOTIVATION), "benefit.measure.percentage.range");
        refused(right, new MeasureDraft(Obligation.WORK, null, 3, start, MOTIVATION), "benefit.measure.percentage.range");
        refused(right, new MeasureDraft(Obligation.WORK, 20, 0, start, MOTIVATION), "benefit.measure.months.range");
        refused(right, new MeasureDraft(Obligation.WORK, 20, 13, start, MOTIVATION), "benefit.measure.months.range");
        refused(right, new MeasureDraft(Obligation.WORK, 20, 3, null, MOTIVATION), "benefit.measure.starts-on.required");
        refused(right, new MeasureDraft(Obligation.WORK, 20, 3, today.minusDays(1), MOTIVATION),
                "benefit.measure.starts-on.past");
        refused(right, new MeasureDraft(Obligation.WORK, 20, 3, start, " "), "benefit.measure.motivation.required");
        refused(right, new MeasureDraft(Obligation.WORK, 20, 3, start, "x".repeat(4001)), "input.text.too-long");
        assertThat(measures.ofFamily(familyOf(right))).isEmpty();
        assertThat(letters.lettersOf(familyOf(right))).isEmpty();

        measures.impose(right, new MeasureDraft(Obligation.WORK, 100, 12, start, MOTIVATION));
        assertThat(measures.ofFamily(familyOf(right))).hasSize(1);
    }

    @Test
    void aMeasureFallsOnARightToIncomeSupportThatRunsOnItsStart() {
        GrantedCare right = rights.granted(today.minusMonths(2), today.plusMonths(1));
        refused(right.provisionId(), new MeasureDraft(Obligation.WORK, 20, 1, today.plusMonths(1).plusDays(1),
                MOTIVATION), "benefit.right.not-running");

        GrantedCare reintegration = rights.granted(rights.product("RE01"), today, today.plusMonths(6));
        refused(reintegration.provisionId(), new MeasureDraft(Obligation.WORK, 20, 1, today, MOTIVATION),
                "benefit.right.not-income-support");

        provisions.end(right.provisionId(), today);
        refused(right.provisionId(), new MeasureDraft(Obligation.WORK, 20, 1, today, MOTIVATION),
                "benefit.right.not-running");
        refused(-1, new MeasureDraft(Obligation.WORK, 20, 1, today, MOTIVATION), "benefit.right.unknown");
    }

    @Test
    void onlyAConsultantWithAccessToTheFamilyImposesAMeasure() {
        GrantedCare right = rights.granted(today.minusMonths(2), today.plusMonths(10));
        MeasureDraft draft = new MeasureDraft(Obligation.WORK, 20, 1, today, MOTIVATION);

        SignIn.as(users, "anna");
        assertThatThrownBy(() -> measures.impose(right.provisionId(), draft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> measures.ofFamily(right.familyId())).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "mohamed");
        assertThatThrownBy(() -> measures.impose(right.provisionId(), draft)).as("a manager judges, but imposes not")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("select count(*) from measure where provision_id = :id").param("id", right.provisionId())
                .query(Long.class).single()).isZero();
    }

    private void refused(long provisionId, MeasureDraft draft, String messageKey) {
        assertThatThrownBy(() -> measures.impose(provisionId, draft)).isInstanceOf(InvalidInput.class)
                .hasMessage(messageKey);
    }

    private long familyOf(long provisionId) {
        return jdbc.sql("select family_id from provision where id = :id").param("id", provisionId)
                .query(Long.class).single();
    }

}
