package nl.gezinsplan.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static nl.gezinsplan.decision.TestLetters.textOf;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.TestClock;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.portal.MyLetters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The request's rules for its term: a suspension (opschorten, Awb 4:15) and an extension (verdagen, Awb 4:14), as
 * the request records them whichever path asks.
 */
@IntegrationTest
class TermRulesTest {

    @Autowired
    TestCases cases;

    @Autowired
    RequestSteps steps;

    @Autowired
    TermChanges changes;

    @Autowired
    TestClock clock;

    @Autowired
    TestMembers members;

    @Autowired
    MyLetters letters;

    @Autowired
    UserDetailsService users;

    LocalDate today = LocalDate.now();

    @AfterEach
    void resetClockAndSignOut() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSuspensionCountsTheDaysFromItsStartUpToItsEnd() {
        Request request = request(Law.WMO);
        steps.suspend(request.getId(), "Verslag van de school nodig", "Het verslag van de school", today.plusWeeks(2));
        assertThat(changes.running(request.getId())).isPresent();

        clock.moveTo(today.plusDays(5));
        TermSuspension ended = steps.resume(request.getId());

        assertThat(ended.suspendedDays()).isEqualTo(5);
        assertThat(ended.getEndedHow()).isEqualTo(SuspensionEnd.CONSULTANT);
        assertThat(changes.running(request.getId())).isEmpty();
        assertThat(steps.suspendedDaysSince(request.getId(), today)).isEqualTo(5);
        assertThat(steps.suspendedDaysSince(request.getId(), today.plusDays(3))).isEqualTo(2);
        assertThat(steps.suspendedDaysSince(request.getId(), today.plusDays(5))).isZero();
    }

    @Test
    void refusesASecondSuspensionWhileOneRuns() {
        Request request = request(Law.WMO);
        steps.suspend(request.getId(), "Gegevens nodig", "Het inkomen", today.plusWeeks(2));

        assertThatThrownBy(() -> steps.suspend(request.getId(), "Nog meer", "Nog iets", today.plusWeeks(3)))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.suspension.running");
        assertThat(changes.suspensionsOf(request.getId())).hasSize(1);
    }

    @Test
    void refusesASuspensionWithoutReasonWhatIsAskedOrADateAfterToday() {
        long id = request(Law.JEUGDWET).getId();

        assertThatThrownBy(() -> steps.suspend(id, " ", "Het verslag", today.plusDays(7)))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.suspension.reason.required");
        assertThatThrownBy(() -> steps.suspend(id, "Verslag nodig", null, today.plusDays(7)))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.suspension.asked.required");
        assertThatThrownBy(() -> steps.suspend(id, "Verslag nodig", "Het verslag", null))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.suspension.until.required");
        assertThatThrownBy(() -> steps.suspend(id, "Verslag nodig", "Het verslag", today))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.suspension.until.future");
        assertThat(changes.suspensionsOf(id)).isEmpty();
    }

    @Test
    void refusesSuspendingOrExtendingAClosedRequest() {
        long id = request(Law.WMO).getId();
        steps.closeWithout(id, RequestStatus.WITHDRAWN);

        assertThatThrownBy(() -> steps.suspend(id, "Verslag nodig", "Het verslag", today.plusDays(7)))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.request.closed");
        assertThatThrownBy(() -> steps.extend(id, today.plusDays(7), today.plusDays(20), "Advies nodig"))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.request.closed");
        assertThat(changes.mayChange(id)).isFalse();
    }

    @Test
    void refusesResumingATermThatIsNotSuspended() {
        long id = request(Law.WMO).getId();

        assertThatThrownBy(() -> steps.resume(id))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.suspension.not-running");
    }

    @Test
    void anUnansweredSuspensionEndsTheDayAfterItsUntilDate() {
        long id = request(Law.WMO).getId();
        steps.suspend(id, "Verslag nodig", "Het verslag", today.plusDays(10));
        SecurityContextHolder.clearContext();

        TermSuspension ended = steps.resumeWithoutConsultant(id, SuspensionEnd.UNTIL_PASSED).orElseThrow();

        assertThat(ended.getEndedOn()).isEqualTo(today.plusDays(11));
        assertThat(ended.suspendedDays()).isEqualTo(11);
        assertThat(ended.getEndedBy()).isEqualTo("system");
        assertThat(steps.resumeWithoutConsultant(id, SuspensionEnd.FAMILY)).as("already ended").isEmpty();
    }

    @Test
    void onlyAConsultantWithAccessToTheFamilySuspends() {
        long id = request(Law.JEUGDWET).getId();
        SignIn.as(users, "carla");

        assertThatThrownBy(() -> steps.suspend(id, "Verslag nodig", "Het verslag", today.plusDays(7)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> steps.extend(id, today.plusDays(7), today.plusDays(20), "Advies nodig"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTermIsExtendedOnceToALaterDateBeforeItEnds() {
        long id = request(Law.JEUGDWET).getId();
        LocalDate due = today.plusWeeks(8);

        assertThatThrownBy(() -> steps.extend(id, due, due, "Advies van de jeugdarts nodig"))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.term-extension.date.after-term");
        assertThatThrownBy(() -> steps.extend(id, due, due.plusWeeks(4), " "))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.term-extension.reason.required");
        assertThatThrownBy(() -> steps.extend(id, due, null, "Advies van de jeugdarts nodig"))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.term-extension.date.required");
        steps.extend(id, due, due.plusWeeks(4), "Advies van de jeugdarts nodig");

        assertThat(steps.extendedTo(id)).contains(due.plusWeeks(4));
        assertThat(changes.extensionOf(id).orElseThrow().getPreviousDue()).isEqualTo(due);
        assertThatThrownBy(() -> steps.extend(id, due.plusWeeks(4), due.plusWeeks(6), "Nog langer"))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.term-extension.once");
    }

    @Test
    void refusesAnExtensionAfterTheTermEnded() {
        long id = request(Law.JEUGDWET).getId();

        assertThatThrownBy(() -> steps.extend(id, today.minusDays(1), today.plusWeeks(2), "Te laat"))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.term-extension.term-ended");
        assertThatThrownBy(() -> steps.extend(id, null, today.plusWeeks(2), "Geen termijn"))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.term-extension.no-term");
        assertThat(steps.extendedTo(id)).isEmpty();
    }

    @Test
    void theExtensionLetterTellsTheFamilyTheNewDateAndWhyInThePortal() {
        Request request = request(Law.JEUGDWET);
        LocalDate due = today.plusWeeks(8);
        steps.extend(request.getId(), due, due.plusWeeks(4), "Advies van de jeugdarts is nodig");

        DateTimeFormatter dutch = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag("nl"));
        assertThat(textOf(changes.letter(request.getId()))).contains("Gemeente Lelystad", "Kim Route",
                "Wij hebben meer tijd nodig", dutch.format(due), dutch.format(due.plusWeeks(4)),
                "Advies van de jeugdarts is nodig", "4:14");
        SignIn.as(users, members.portalLogin(members.parentOf(request.getFamilyId())));
        assertThat(letters.extensions()).extracting(ExtensionLetter::requestId, ExtensionLetter::extendedTo)
                .containsExactly(tuple(request.getId(), due.plusWeeks(4)));
        assertThat(textOf(letters.downloadExtension(request.getId()))).contains("Advies van de jeugdarts is nodig");
    }

    private Request request(Law law) {
        Request request = cases.request(law, Referrer.SELF, Urgency.NORMAL, today);
        SignIn.as(users, TestCases.consultantOf(law));
        return request;
    }
}
