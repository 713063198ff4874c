package nl.gezinsplan.objection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.TestClock;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.casefile.CaseDocument;
import nl.gezinsplan.casefile.CaseDocuments;
import nl.gezinsplan.casefile.DocumentKind;
import nl.gezinsplan.casefile.DocumentUpload;
import nl.gezinsplan.casefile.TestDocuments;
import nl.gezinsplan.casework.RequestSteps;
import nl.gezinsplan.decision.TestLetters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Registering an objection and the order of its steps, against the real database (Awb 6:7, 6:11, 7:10). */
@IntegrationTest
class ObjectionsTest {

    @Autowired
    Objections objections;

    @Autowired
    ObjectionSteps steps;

    @Autowired
    TestObjections testObjections;

    @Autowired
    TestLetters testLetters;

    @Autowired
    CaseDocuments documents;

    @Autowired
    RequestSteps requestSteps;

    @Autowired
    TestClock clock;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void resetClockAndCaller() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void anObjectionInTimeIsDecidedSixWeeksAfterTheObjectionTerm() {
        TestObjections.Refusal refusal = testObjections.refusal();
        Objection objection = testObjections.against(refusal, LocalDate.now());

        assertThat(objection.getStatus()).isEqualTo(ObjectionStatus.OPEN);
        assertThat(objection.stage()).isEqualTo(ObjectionStage.ADMISSIBILITY);
        assertThat(objection.getRequestId()).isEqualTo(refusal.request().getId());
        assertThat(objection.getLetterId()).isEqualTo(refusal.letter().id());
        assertThat(objection.isLate()).isFalse();
        assertThat(objection.getDecisionDue()).isEqualTo(refusal.letter().date().plusWeeks(12));
        assertThat(objections.ofFamily(refusal.familyId())).extracting(Objection::getId)
                .containsExactly(objection.getId());
    }

    @Test
    void aLateObjectionNeedsTheReasonForItsLateness() {
        TestObjections.Refusal refusal = testObjections.refusal();
        LocalDate late = refusal.letter().date().plusWeeks(6).plusDays(1);
        clock.moveTo(late);
        ObjectionDraft withoutReason = draft(refusal, late, TestObjections.GROUNDS, null);
        assertThatThrownBy(() -> objections.register(withoutReason))
                .isInstanceOf(InvalidInput.class).hasMessage("objection.late-reason.required");

        Objection objection = objections.register(draft(refusal, late, TestObjections.GROUNDS,
                "Moeder lag in het ziekenhuis."));

        assertThat(objection.isLate()).isTrue();
        assertThat(objection.getLateReason()).isEqualTo("Moeder lag in het ziekenhuis.");
        assertThat(objection.getDecisionDue()).as("six weeks from when it came in").isEqualTo(late.plusWeeks(6));
    }

    @Test
    void theLastDayOfTheTermIsStillInTime() {
        TestObjections.Refusal refusal = testObjections.refusal();
        LocalDate lastDay = Objection.lastDayToObject(refusal.letter().date());
        clock.moveTo(lastDay);

        assertThat(objections.register(draft(refusal, lastDay, TestObjections.GROUNDS, null)).isLate()).isFalse();
    }

    @Test
    void refusesAnObjectionWithoutGroundsOrAtAnImpossibleDate() {
        TestObjections.Refusal refusal = testObjections.refusal();
        LocalDate decided = refusal.letter().date();

        assertThatThrownBy(() -> objections.register(draft(refusal, decided, " ", null)))
                .isInstanceOf(InvalidInput.class).hasMessage("objection.grounds.required");
        assertThatThrownBy(() -> objections.register(draft(refusal, decided.minusDays(1), "x", null)))
                .isInstanceOf(InvalidInput.class).hasMessage("objection.received-on.before-decision");
        assertThatThrownBy(() -> objections.register(draft(refusal, LocalDate.now().plusDays(1), "x", null)))
                .isInstanceOf(InvalidInput.class).hasMessage("input.date.future");
        assertThatThrownBy(() -> objections.register(draft(refusal, null, "x", null)))
                .isInstanceOf(InvalidInput.class).hasMessage("objection.received-on.required");
        assertThat(objections.ofFamily(refusal.familyId())).isEmpty();
    }

    @Test
    void refusesASecondObjectionWhileTheFirstIsOpen() {
        TestObjections.Refusal refusal = testObjections.refusal();
        testObjections.against(refusal, LocalDate.now());

        assertThatThrownBy(() -> testObjections.against(refusal, LocalDate.now()))
                .isInstanceOf(InvalidInput.class).hasMessage("objection.already-open");
    }

    @Test
    void refusesALetterOfAnotherFamily() {
        TestObjections.Refusal one = testObjections.refusal();
        TestObjections.Refusal other = testObjections.refusal();

        assertThatThrownBy(() -> objections.register(new ObjectionDraft(one.familyId(), other.letter().id(),
                LocalDate.now(), TestObjections.GROUNDS, null, Set.of())))
                .isInstanceOf(InvalidInput.class).hasMessage("objection.letter.unknown");
    }

    @Test
    void refusesAConsultantWithoutAccessToTheFamily() {
        TestObjections.Refusal refusal = testObjections.refusal();
        SignIn.as(users, "carla");

        assertThatThrownBy(() -> testObjections.against(refusal, LocalDate.now()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> objections.ofFamily(refusal.familyId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDocumentsOfTheRequestGoWithTheObjection() {
        TestObjections.Refusal refusal = testObjections.refusal();
        CaseDocument grounds = documents.upload(new DocumentUpload(refusal.familyId(), refusal.request().getId(),
                DocumentKind.OTHER, "Bezwaarschrift", false, "bezwaar.pdf", TestDocuments.pdf("Bezwaarschrift")));
        CaseDocument ofTheFamily = documents.upload(new DocumentUpload(refusal.familyId(), null,
                DocumentKind.OTHER, "Rapport school", false, "school.pdf", TestDocuments.pdf("Rapport")));
        assertThat(objections.documentsFor(refusal.familyId(), refusal.letter().id())).extracting(CaseDocument::id)
                .containsExactly(grounds.id());

        assertThatThrownBy(() -> objections.register(new ObjectionDraft(refusal.familyId(), refusal.letter().id(),
                LocalDate.now(), TestObjections.GROUNDS, null, Set.of(ofTheFamily.id()))))
                .isInstanceOf(InvalidInput.class).hasMessage("objection.document.unknown");
        Objection objection = objections.register(new ObjectionDraft(refusal.familyId(), refusal.letter().id(),
                LocalDate.now(), TestObjections.GROUNDS, null, Set.of(grounds.id())));

        assertThat(objections.documentsOf(objection.getId())).extracting(CaseDocument::id)
                .containsExactly(grounds.id());
    }

    @Test
    void theStepsComeInTheirOrder() {
        long id = testObjections.registered().getId();

        assertThatThrownBy(() -> steps.recordHearing(id, LocalDate.now(), "Moeder", "Verslag"))
                .isInstanceOf(InvalidInput.class).hasMessage("objection.stage.admissibility");
        steps.assessAdmissibility(id, true, null);
        assertThatThrownBy(() -> steps.assessAdmissibility(id, true, null))
                .isInstanceOf(InvalidInput.class).hasMessage("objection.stage.talk");
        assertThatThrownBy(() -> steps.recordTalk(id, LocalDate.now(), " ", false))
                .isInstanceOf(InvalidInput.class).hasMessage("objection.talk.report.required");
        steps.recordTalk(id, LocalDate.now(), "Niet opgelost", false);
        assertThatThrownBy(() -> steps.decide(id, ObjectionVerdict.UNFOUNDED, "Motivering"))
                .isInstanceOf(InvalidInput.class).hasMessage("objection.stage.hearing");
        assertThatThrownBy(() -> steps.recordHearing(id, LocalDate.now().minusWeeks(1), "Moeder", "Verslag"))
                .isInstanceOf(InvalidInput.class).hasMessage("objection.hearing.before-objection");
        steps.recordHearing(id, LocalDate.now(), "Moeder", "Verslag");
        assertThatThrownBy(() -> steps.recordAdvice(id, null, "Tekst"))
                .isInstanceOf(InvalidInput.class).hasMessage("objection.advice.required");
        steps.recordAdvice(id, ObjectionVerdict.UNFOUNDED, "Tekst");
        assertThatThrownBy(() -> steps.decide(id, ObjectionVerdict.UNFOUNDED, ""))
                .isInstanceOf(InvalidInput.class).hasMessage("objection.motivation.required");
        steps.decide(id, ObjectionVerdict.UNFOUNDED, "Motivering");

        assertThat(steps.stage(id)).isEqualTo(ObjectionStage.CONCLUDED);
        assertThatThrownBy(() -> steps.recordAdvice(id, ObjectionVerdict.UNFOUNDED, "Tekst"))
                .isInstanceOf(InvalidInput.class).hasMessage("objection.concluded");
    }

    @Test
    void anExtensionComesBeforeTheTermEnds() {
        Objection objection = testObjections.registered();
        clock.moveTo(objection.getDecisionDue().plusDays(1));

        assertThatThrownBy(() -> steps.extend(objection.getId(), "Commissie vergadert later"))
                .isInstanceOf(InvalidInput.class).hasMessage("objection.extension.too-late");
    }

    @Test
    void aGrantedRequestIsNotGrantedAgainOnObjection() {
        var granted = testLetters.granted();

        assertThat(requestSteps.grantOnObjection(granted.getId())).isEmpty();
    }

    private static ObjectionDraft draft(TestObjections.Refusal refusal, LocalDate receivedOn, String grounds,
                                        String lateReason) {
        return new ObjectionDraft(refusal.familyId(), refusal.letter().id(), receivedOn, grounds, lateReason,
                Set.of());
    }
}
