package nl.gezinsplan.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.TestClock;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.security.AuditEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class CaseNotesTest {

    @Autowired
    CaseNotes notes;

    @Autowired
    TestCases cases;

    @Autowired
    TestMembers members;

    @Autowired
    Families families;

    @Autowired
    TestClock clock;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOutAndResetTheClock() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aConsultantWritesNotesOnTheFamilyAndOnARequestAndFindsThemOnTheTimelineAndBySearching() {
        Request request = youthRequest(12);
        long familyId = request.getFamilyId();

        CaseNote onFamily = notes.write(familyId, null, "  Huisbezoek gedaan, moeder maakt zich zorgen.  ", false);
        CaseNote onRequest = notes.write(familyId, request.getId(), "Jeugdarts belt volgende week terug.\nAfwachten.",
                true);

        assertThat(onFamily.text()).isEqualTo("Huisbezoek gedaan, moeder maakt zich zorgen.");
        assertThat(onFamily.requestId()).isNull();
        assertThat(onFamily.personId()).isNull();
        assertThat(onFamily.authorName()).contains("Anna");
        assertThat(onRequest.requestId()).isEqualTo(request.getId());
        assertThat(onRequest.personId()).as("the member the request is for").isEqualTo(request.getPersonId());
        assertThat(notes.ofFamily(familyId, null, 0, 20)).as("newest first").extracting(CaseNote::id)
                .containsExactly(onRequest.id(), onFamily.id());
        assertThat(notes.ofFamily(familyId, "JEUGDARTS", 0, 20)).extracting(CaseNote::id)
                .containsExactly(onRequest.id());
        assertThat(notes.ofFamily(familyId, "%", 0, 20)).as("a wildcard is searched as itself").isEmpty();
        assertThat(notes.ofFamily(familyId, null, 1, 20)).as("a page further").extracting(CaseNote::id)
                .containsExactly(onFamily.id());
        assertThat(notes.recentOfRequest(request.getId(), 5)).extracting(CaseNote::id).containsExactly(onRequest.id());

        assertThat(families.timeline(familyId, 50)).extracting(AuditEvent::subject)
                .contains("audit.note.written", "audit.note.written.request");
        assertThat(auditSubjects("anna", familyId, "READ")).contains("audit.notes.read");
    }

    @Test
    void theAuthorCorrectsTheirNoteFor24HoursAndThenItIsFixed() {
        Request request = youthRequest(12);
        long familyId = request.getFamilyId();
        CaseNote note = notes.write(familyId, null, "Gesprek op school gepland", false);
        assertThat(notes.mayCorrect(note)).isTrue();

        CaseNote corrected = notes.correct(note.id(), "Gesprek op school gepland op dinsdag", true);
        assertThat(corrected.text()).isEqualTo("Gesprek op school gepland op dinsdag");
        assertThat(corrected.sharedWithFamily()).isTrue();
        assertThat(corrected.correctedAt()).isNotNull();
        assertThat(families.timeline(familyId, 50)).extracting(AuditEvent::subject).contains("audit.note.corrected");

        clock.moveTo(LocalDate.now().plusDays(1));
        assertThat(notes.mayCorrect(corrected)).isFalse();
        assertThatThrownBy(() -> notes.correct(note.id(), "Toch woensdag", true))
                .isInstanceOf(InvalidInput.class).hasMessage("casefile.note.fixed");
        assertThat(notes.ofFamily(familyId, null, 0, 20)).singleElement()
                .satisfies(fixed -> assertThat(fixed.text()).isEqualTo("Gesprek op school gepland op dinsdag"));
    }

    @Test
    void onlyTheAuthorCorrectsANote() {
        Request request = youthRequest(12);
        CaseNote note = notes.write(request.getFamilyId(), null, "Notitie van Anna", false);

        SignIn.as(users, "bram");
        assertThat(notes.mayCorrect(note)).isFalse();
        assertThatThrownBy(() -> notes.correct(note.id(), "Notitie van Bram", false))
                .isInstanceOf(InvalidInput.class).hasMessage("casefile.note.not-author");
        assertThat(notes.ofFamily(request.getFamilyId(), null, 0, 20)).extracting(CaseNote::text)
                .containsExactly("Notitie van Anna");
    }

    @Test
    void anEmptyOrTooLongNoteOrAnotherFamilysRequestIsRefusedAndNothingIsStored() {
        Request other = youthRequest(12);
        Request request = youthRequest(12);
        long familyId = request.getFamilyId();

        assertThatThrownBy(() -> notes.write(familyId, null, " \n ", false))
                .isInstanceOf(InvalidInput.class).hasMessage("casefile.note.empty");
        assertThatThrownBy(() -> notes.write(familyId, null, null, false))
                .isInstanceOf(InvalidInput.class).hasMessage("casefile.note.empty");
        assertThatThrownBy(() -> notes.write(familyId, null, "x".repeat(CaseFileLimits.NOTE.maxLength() + 1), false))
                .isInstanceOf(InvalidInput.class).hasMessage("input.text.too-long");
        assertThatThrownBy(() -> notes.write(familyId, other.getId(), "Op de hulpvraag van een ander gezin", false))
                .isInstanceOf(InvalidInput.class).hasMessage("casefile.note.request.unknown");
        assertThat(notesOf(familyId)).isZero();
        assertThat(notesOf(other.getFamilyId())).isZero();

        CaseNote note = notes.write(familyId, null, "x".repeat(CaseFileLimits.NOTE.maxLength()), false);
        assertThatThrownBy(() -> notes.correct(note.id(), "", false))
                .isInstanceOf(InvalidInput.class).hasMessage("casefile.note.empty");
        assertThat(notes.ofFamily(familyId, null, 0, 20)).singleElement()
                .satisfies(kept -> assertThat(kept.text()).hasSize(CaseFileLimits.NOTE.maxLength()));
    }

    @Test
    void anotherFamilysNotesAreRefusedAndEachAttemptIsLogged() {
        Request youth = youthRequest(12);
        long familyId = youth.getFamilyId();
        CaseNote note = notes.write(familyId, null, "Alleen voor het jeugdteam", true);

        // carla works for the Wmo: this youth family is not hers
        SignIn.as(users, "carla");
        List<Runnable> attempts = List.of(
                () -> notes.ofFamily(familyId, null, 0, 20),
                () -> notes.recentOfRequest(youth.getId(), 5),
                () -> notes.write(familyId, null, "Ik schrijf in een ander dossier", false),
                () -> notes.correct(note.id(), "Ik verander een andere notitie", false));
        attempts.forEach(attempt -> assertThatThrownBy(attempt::run).isInstanceOf(AccessDeniedException.class));
        assertThat(auditSubjects("carla", familyId, "DENIED")).hasSize(attempts.size());
        assertThatThrownBy(() -> notes.correct(Long.MAX_VALUE, "Bestaat niet", false))
                .isInstanceOf(AccessDeniedException.class);

        // a family member reads, never writes
        SignIn.as(users, members.portalLogin(members.parentOf(familyId)));
        assertThatThrownBy(() -> notes.write(familyId, null, "Een notitie van het gezin", true))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(notesOf(familyId)).isEqualTo(1);

        // a manager of the team reads, never writes
        SignIn.as(users, "marieke");
        assertThat(notes.ofFamily(familyId, null, 0, 20)).hasSize(1);
        assertThatThrownBy(() -> notes.write(familyId, null, "Een notitie van de manager", false))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theFamilyReadsTheSharedNotesAndAYouthsOwnStayHiddenFromTheirParents() {
        Request request = youthRequest(17);
        long familyId = request.getFamilyId();
        notes.write(familyId, null, "Voor het hele gezin", true);
        notes.write(familyId, null, "Alleen voor medewerkers", false);
        notes.write(familyId, request.getId(), "Voor de jongere zelf", true);
        notes.write(familyId, request.getId(), "Over de jongere, niet gedeeld", false);
        String parent = members.portalLogin(members.parentOf(familyId));
        String youth = members.portalLogin(request.getPersonId());

        SignIn.as(users, parent);
        assertThat(notes.sharedWithMe(0, 20)).extracting(CaseNote::text).containsExactly("Voor het hele gezin");
        SignIn.as(users, youth);
        assertThat(notes.sharedWithMe(0, 20)).extracting(CaseNote::text)
                .containsExactly("Voor de jongere zelf", "Voor het hele gezin");
        assertThat(auditSubjects(youth, familyId, "READ")).contains("audit.notes.read");
    }

    @Test
    void theParentsReadTheSharedNotesAboutAChildUnderSixteen() {
        Request request = youthRequest(12);
        notes.write(request.getFamilyId(), request.getId(), "Over het kind, gedeeld", true);

        SignIn.as(users, members.portalLogin(members.parentOf(request.getFamilyId())));
        assertThat(notes.sharedWithMe(0, 20)).extracting(CaseNote::text).containsExactly("Over het kind, gedeeld");
    }

    /** A youth request of anna's for a child of {@code age}; anna stays signed in. */
    private Request youthRequest(int age) {
        return cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now(),
                LocalDate.now().minusYears(age).minusDays(1));
    }

    private long notesOf(long familyId) {
        return jdbc.sql("select count(*) from case_note where family_id = :id")
                .param("id", familyId).query(Long.class).single();
    }

    private List<String> auditSubjects(String actor, long familyId, String action) {
        return jdbc.sql("select subject from audit_event where actor = :actor and family_id = :id and action = :action")
                .param("actor", actor).param("id", familyId).param("action", action).query(String.class).list();
    }
}
