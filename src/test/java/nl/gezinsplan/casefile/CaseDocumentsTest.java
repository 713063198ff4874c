package nl.gezinsplan.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.security.Sha256;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.family.TestMembers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The documents of a case file: what is stored, what is refused, who reads what, and the audit trail of it all. */
@IntegrationTest
class CaseDocumentsTest {

    @Autowired
    CaseDocuments documents;

    @Autowired
    TestFamilies families;

    @Autowired
    TestCases cases;

    @Autowired
    TestMembers members;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void storesAReferralLetterAsUploadedWithItsSha256TypeAndWhoAndWhen() {
        Family family = families.registeredBy("anna", "Document");
        byte[] letter = TestDocuments.pdf("Verwijsbrief van de huisarts");

        CaseDocument stored = documents.upload(new DocumentUpload(family.getId(), null, DocumentKind.REFERRAL_LETTER,
                "Verwijzing huisarts", false, "verwijsbrief.pdf", letter));

        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        assertThat(stored.sha256()).isEqualTo(Sha256.hex(letter)).hasSize(64);
        assertThat(stored.sizeBytes()).isEqualTo(letter.length);
        assertThat(stored.uploadedBy()).isEqualTo("anna");
        assertThat(stored.uploaderName()).isEqualTo("Anna de Vries");
        assertThat(stored.uploadedAt()).isNotNull();
        assertThat(documents.ofFamily(family.getId(), 0, 20)).extracting(CaseDocument::id).containsExactly(stored.id());
        DocumentFile file = documents.download(stored.id());
        assertThat(file.content()).isEqualTo(letter);
        assertThat(file.previewable()).isTrue();
        assertThat(auditSubjects("anna", family.getId(), "CREATE")).contains("audit.document.uploaded");
        assertThat(auditSubjects("anna", family.getId(), "READ"))
                .contains("audit.documents.read", "audit.document.downloaded");
    }

    @Test
    void takesOfficeFilesImagesAndEmailByTheirContent() {
        Family family = families.registeredBy("anna", "Document");
        assertThat(upload(family, "rapportage.docx", TestDocuments.docx()).mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(upload(family, "uitspraak.png", TestDocuments.png()).mediaType()).isEqualTo("image/png");
        assertThat(upload(family, "verwijzing.eml", TestDocuments.email()).mediaType()).isEqualTo("message/rfc822");
    }

    @Test
    void refusesARenamedExecutableAnEmptyFileAFileOverTheLimitAndANameOf500CharactersStoringNothing() {
        Family family = families.registeredBy("anna", "Document");
        byte[] tooLarge = new byte[(int) documents.maxSize() + 1];
        System.arraycopy(TestDocuments.pdf("groot"), 0, tooLarge, 0, 100);

        assertRefused(family, "verwijsbrief.pdf", TestDocuments.executable(), "casefile.document.type-refused");
        assertRefused(family, "leeg.pdf", new byte[0], "casefile.document.empty");
        assertRefused(family, "groot.pdf", tooLarge, "casefile.document.too-large");
        assertRefused(family, "a".repeat(496) + ".pdf", TestDocuments.pdf("lang"), "input.text.too-long");
        assertThat(documents.maxSize()).isEqualTo(20L * 1024 * 1024);
        assertThat(storedFor(family)).isZero();
        assertThat(auditSubjects("anna", family.getId(), "CREATE")).doesNotContain("audit.document.uploaded");
    }

    @Test
    void refusesAnotherFamilysDocumentsToAConsultantWithoutAccessAndLogsIt() {
        Family family = families.registeredBy("anna", "Document");
        long id = upload(family, "verwijsbrief.pdf", TestDocuments.pdf("Verwijsbrief")).id();

        SignIn.as(users, "carla");
        assertThatThrownBy(() -> documents.download(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.ofFamily(family.getId(), 0, 20)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.upload(new DocumentUpload(family.getId(), null, DocumentKind.OTHER, null,
                false, "ander.pdf", TestDocuments.pdf("ander")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.withdraw(id, "weg ermee")).isInstanceOf(AccessDeniedException.class);
        assertThat(auditSubjects("carla", family.getId(), "DENIED")).containsExactlyInAnyOrder(
                "audit.document.downloaded", "audit.documents.read", "audit.document.uploaded",
                "audit.document.withdrawn");
        assertThat(storedFor(family)).isEqualTo(1);
    }

    @Test
    void refusesARequestOfAnotherFamily() {
        Request other = cases.request(Law.JEUGDWET, Referrer.GP, Urgency.NORMAL, LocalDate.now());
        Family family = families.registeredBy("anna", "Document");
        assertThatThrownBy(() -> documents.upload(new DocumentUpload(family.getId(), other.getId(),
                DocumentKind.REFERRAL_LETTER, null, false, "brief.pdf", TestDocuments.pdf("brief"))))
                .isInstanceOf(InvalidInput.class).hasMessage("casefile.document.request.unknown");
        assertThat(storedFor(family)).isZero();
    }

    @Test
    void theFamilySeesOnlyWhatIsSharedWithItAndSendsADocumentOfItsOwn() {
        Request request = cases.request(Law.JEUGDWET, Referrer.GP, Urgency.NORMAL, LocalDate.now());
        long familyId = request.getFamilyId();
        CaseDocument shared = documents.upload(new DocumentUpload(familyId, null, DocumentKind.CONSENT_FORM,
                "Om te tekenen", true, "toestemming.pdf", TestDocuments.pdf("Toestemming")));
        CaseDocument internal = documents.upload(new DocumentUpload(familyId, request.getId(),
                DocumentKind.PROVIDER_REPORT, null, false, "rapportage.pdf", TestDocuments.pdf("Rapportage")));
        String parent = members.portalLogin(members.parentOf(familyId));

        SignIn.as(users, parent);
        assertThat(documents.sharedWithMe()).extracting(CaseDocument::id).containsExactly(shared.id());
        assertThat(documents.download(shared.id()).content()).isNotEmpty();
        assertThatThrownBy(() -> documents.download(internal.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.ofFamily(familyId, 0, 20)).isInstanceOf(AccessDeniedException.class);
        CaseDocument sent = documents.uploadByMember(DocumentKind.REFERRAL_LETTER, "Van de school",
                "verwijzing.pdf", TestDocuments.pdf("Verwijzing school"));
        assertThat(sent.fromFamily()).isTrue();
        assertThat(sent.uploaderName()).isEqualTo("Sam Route");
        assertThat(documents.sharedWithMe()).extracting(CaseDocument::id).containsExactly(sent.id(), shared.id());
        assertThat(auditSubjects(parent, familyId, "DENIED"))
                .containsExactlyInAnyOrder("audit.document.downloaded", "audit.documents.read");

        SignIn.as(users, "anna");
        assertThat(documents.ofFamily(familyId, 0, 20)).extracting(CaseDocument::id)
                .containsExactly(sent.id(), internal.id(), shared.id());
    }

    @Test
    void aMemberIsRefusedAnotherFamilysDocumentAndTheAttemptIsLogged() {
        Family family = families.registeredBy("anna", "Document");
        long id = documents.upload(new DocumentUpload(family.getId(), null, DocumentKind.OTHER, null, true,
                "gedeeld.pdf", TestDocuments.pdf("Gedeeld"))).id();
        Request own = cases.request(Law.JEUGDWET, Referrer.GP, Urgency.NORMAL, LocalDate.now());
        String parent = members.portalLogin(members.parentOf(own.getFamilyId()));

        SignIn.as(users, parent);
        assertThatThrownBy(() -> documents.download(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(auditSubjects(parent, family.getId(), "DENIED")).containsExactly("audit.document.downloaded");
        assertThat(documents.sharedWithMe()).isEmpty();
    }

    @Test
    void aYouthsOwnDocumentsAreHiddenFromTheParents() {
        Request request = cases.request(Law.JEUGDWET, Referrer.GP, Urgency.NORMAL, LocalDate.now(),
                LocalDate.now().minusYears(16).minusDays(3));
        long familyId = request.getFamilyId();
        CaseDocument youths = documents.upload(new DocumentUpload(familyId, request.getId(),
                DocumentKind.REFERRAL_LETTER, null, true, "verwijsbrief.pdf", TestDocuments.pdf("Kim")));
        String parent = members.portalLogin(members.parentOf(familyId));
        String youth = members.portalLogin(request.getPersonId());

        SignIn.as(users, parent);
        assertThat(documents.sharedWithMe()).isEmpty();
        assertThatThrownBy(() -> documents.download(youths.id())).isInstanceOf(AccessDeniedException.class);
        CaseDocument parents = documents.uploadByMember(DocumentKind.OTHER, null, "ouders.pdf",
                TestDocuments.pdf("Ouders"));

        SignIn.as(users, youth);
        assertThat(documents.sharedWithMe()).extracting(CaseDocument::id).containsExactly(youths.id());
        assertThat(documents.download(youths.id()).content()).isNotEmpty();
        assertThatThrownBy(() -> documents.download(parents.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void withdrawingNeedsAReasonAndKeepsTheDocumentOnRecordButNoLongerWithTheFamily() {
        Request request = cases.request(Law.JEUGDWET, Referrer.GP, Urgency.NORMAL, LocalDate.now());
        long familyId = request.getFamilyId();
        CaseDocument document = documents.upload(new DocumentUpload(familyId, request.getId(), DocumentKind.OTHER,
                null, true, "verkeerd.pdf", TestDocuments.pdf("Verkeerd gezin")));

        assertThatThrownBy(() -> documents.withdraw(document.id(), " "))
                .isInstanceOf(InvalidInput.class).hasMessage("casefile.document.withdrawal-reason.required");
        documents.withdraw(document.id(), "Hoort bij een ander gezin");
        assertThatThrownBy(() -> documents.withdraw(document.id(), "nog eens"))
                .isInstanceOf(InvalidInput.class).hasMessage("casefile.document.already-withdrawn");

        CaseDocument withdrawn = documents.ofFamily(familyId, 0, 20).get(0);
        assertThat(withdrawn.isWithdrawn()).isTrue();
        assertThat(withdrawn.withdrawnBy()).isEqualTo("anna");
        assertThat(withdrawn.withdrawalReason()).isEqualTo("Hoort bij een ander gezin");
        assertThat(documents.download(document.id()).content()).isNotEmpty();
        assertThat(documents.recent(familyId, null, 5)).isEmpty();
        assertThat(auditSubjects("anna", familyId, "UPDATE")).contains("audit.document.withdrawn");

        String parent = members.portalLogin(members.parentOf(familyId));
        SignIn.as(users, parent);
        assertThat(documents.sharedWithMe()).isEmpty();
        assertThatThrownBy(() -> documents.download(document.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void recentDocumentsOfARequestOrOfTheWholeFamily() {
        Request request = cases.request(Law.JEUGDWET, Referrer.GP, Urgency.NORMAL, LocalDate.now());
        long familyId = request.getFamilyId();
        CaseDocument ofRequest = documents.upload(new DocumentUpload(familyId, request.getId(),
                DocumentKind.REFERRAL_LETTER, null, false, "verwijsbrief.pdf", TestDocuments.pdf("Verwijsbrief")));
        CaseDocument ofFamily = documents.upload(new DocumentUpload(familyId, null, DocumentKind.COURT_ORDER, null,
                false, "uitspraak.pdf", TestDocuments.pdf("Uitspraak")));

        assertThat(documents.recent(familyId, request.getId(), 5)).extracting(CaseDocument::id)
                .containsExactly(ofRequest.id());
        assertThat(documents.recent(familyId, null, 5)).extracting(CaseDocument::id)
                .containsExactly(ofFamily.id(), ofRequest.id());
        assertThat(documents.recent(familyId, null, 1)).hasSize(1);
        assertThat(documents.countOfFamily(familyId)).isEqualTo(2);
    }

    private CaseDocument upload(Family family, String fileName, byte[] content) {
        return documents.upload(new DocumentUpload(family.getId(), null, DocumentKind.OTHER, null, false, fileName,
                content));
    }

    private void assertRefused(Family family, String fileName, byte[] content, String messageKey) {
        assertThatThrownBy(() -> upload(family, fileName, content))
                .isInstanceOf(InvalidInput.class).hasMessage(messageKey);
    }

    private long storedFor(Family family) {
        return jdbc.sql("select count(*) from case_document where family_id = :id").param("id", family.getId())
                .query(Long.class).single();
    }

    private List<String> auditSubjects(String actor, long familyId, String action) {
        return jdbc.sql("select subject from audit_event where actor = :actor and family_id = :id and action = :action")
                .param("actor", actor).param("id", familyId).param("action", action).query(String.class).list();
    }
}
