package nl.gezinsplan.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.GrantedCare;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.family.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The meetings' rules hold in the domain itself, whichever path records a meeting, not only in the engine. */
@IntegrationTest
class MeetingStepsTest {

    private static final MeetingReport REPORT = new MeetingReport(LocalDate.now(), "moeder, aanbieder, consulent", null);

    @Autowired
    MeetingSteps steps;

    @Autowired
    TestCases cases;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void refusesAStartMeetingWithoutAnExitGoal() {
        GrantedCare care = care(false);

        assertThatThrownBy(() -> steps.recordStartMeeting(care.familyId(), care.personId(), care.provisionId(), REPORT,
                " ", null)).isInstanceOf(InvalidInput.class).hasMessage("meeting.exit-goal.required");
        assertThat(steps.ofProvision(care.provisionId(), MeetingKind.START)).isEmpty();
    }

    @Test
    void refusesTheStartOfResidentialCareWithoutExitCriteria() {
        GrantedCare care = care(true);

        assertThatThrownBy(() -> steps.recordStartMeeting(care.familyId(), care.personId(), care.provisionId(), REPORT,
                "zelfstandig wonen", null))
                .isInstanceOf(InvalidInput.class).hasMessage("meeting.exit-criteria.required");

        steps.recordStartMeeting(care.familyId(), care.personId(), care.provisionId(), REPORT, "zelfstandig wonen",
                "terug naar huis bij stabiele situatie");
        assertThat(steps.ofProvision(care.provisionId(), MeetingKind.START)).get()
                .extracting(Meeting::exitCriteria).isEqualTo("terug naar huis bij stabiele situatie");
    }

    @Test
    void refusesACheckMeetingWithoutItsVerdict() {
        GrantedCare care = care(false);

        assertThatThrownBy(() -> steps.recordCheckMeeting(care.familyId(), care.personId(), care.provisionId(), REPORT,
                null)).isInstanceOf(InvalidInput.class).hasMessage("meeting.check-outcome.required");
    }

    @Test
    void refusesExtendedYouthCareBeyondTheTwentyFirstBirthdayOrWithoutAnEnd() {
        LocalDate birthDate = LocalDate.now().minusYears(17);
        Person youth = cases.youth(birthDate);

        assertThatThrownBy(() -> steps.recordPerspectiveTalk(youth.getFamilyId(), youth.getId(), REPORT,
                extendedCareUntil(birthDate.plusYears(21).plusDays(1))))
                .isInstanceOf(InvalidInput.class).hasMessage("meeting.extended-care.beyond-21");
        assertThatThrownBy(() -> steps.recordPerspectiveTalk(youth.getFamilyId(), youth.getId(), REPORT,
                extendedCareUntil(null)))
                .isInstanceOf(InvalidInput.class).hasMessage("meeting.extended-care.end.required");

        steps.recordPerspectiveTalk(youth.getFamilyId(), youth.getId(), REPORT,
                extendedCareUntil(birthDate.plusYears(21)));
        assertThat(steps.perspectiveTalkOf(youth.getId())).get()
                .extracting(talk -> talk.perspective().extendedYouthCare()).isEqualTo(true);
    }

    private GrantedCare care(boolean residential) {
        return cases.care(Law.JEUGDWET, residential, LocalDate.now(), LocalDate.now().plusWeeks(52));
    }

    private static PerspectiveOutcome extendedCareUntil(LocalDate end) {
        return new PerspectiveOutcome("kamer bij pleegouders", "studiefinanciering", "mbo-2", "geen", "tante", true,
                "woont bij pleegouders, volgt opleiding", end);
    }
}
