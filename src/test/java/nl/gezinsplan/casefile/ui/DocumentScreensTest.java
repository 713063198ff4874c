package nl.gezinsplan.casefile.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import java.time.LocalDate;
import java.util.List;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casefile.CaseDocument;
import nl.gezinsplan.casefile.CaseDocuments;
import nl.gezinsplan.casefile.DocumentKind;
import nl.gezinsplan.casefile.DocumentUpload;
import nl.gezinsplan.casefile.TestDocuments;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.family.TestMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The family page's Documenten tab and the portal's Documenten page, in Karibu. */
class DocumentScreensTest extends ViewTest {

    @Autowired
    TestCases cases;

    @Autowired
    TestMembers members;

    @Autowired
    CaseDocuments documents;

    @Autowired
    JdbcClient jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void aConsultantUploadsAReferralLetterToARequestAndSeesItListedWithWhoAndWhen() {
        Request request = cases.request(Law.JEUGDWET, Referrer.GP, Urgency.NORMAL, LocalDate.now());
        openDocumentsTab("anna", request.getFamilyId());
        assertThat(_find(_get(DocumentsPanel.class), Paragraph.class)).extracting(Paragraph::getText)
                .contains("Er zijn nog geen documenten.");

        _setValue(_get(Select.class, spec -> spec.withId("document-request")), request.getId());
        _setValue(_get(TextArea.class, spec -> spec.withId("document-description")), "Verwijzing van de huisarts");
        _setValue(_get(Checkbox.class, spec -> spec.withId("document-shared")), true);
        upload("verwijsbrief.pdf", TestDocuments.pdf("Verwijsbrief"));

        assertThat(message()).isEqualTo("Document verwijsbrief.pdf is opgeslagen.");
        assertThat(_get(TextArea.class, spec -> spec.withId("document-description")).getValue()).isEmpty();
        DocumentCard card = _get(DocumentCard.class);
        assertThat(_find(card, Paragraph.class)).extracting(Paragraph::getText)
                .contains("Verwijzing van de huisarts",
                        "Bij Hulpvraag " + request.getId() + " (Jeugdwet, Kim Route) · Het gezin ziet dit document")
                .anyMatch(text -> text.startsWith("Toegevoegd door Anna de Vries op "));
        assertThat(_find(card, Anchor.class)).extracting(Anchor::getText).containsExactly("Bekijken", "Downloaden");
        assertThat(documents.ofFamily(request.getFamilyId(), 0, 5)).singleElement()
                .satisfies(document -> {
                    assertThat(document.kind()).isEqualTo(DocumentKind.REFERRAL_LETTER);
                    assertThat(document.requestId()).isEqualTo(request.getId());
                    assertThat(document.sharedWithFamily()).isTrue();
                });
    }

    @Test
    void aRefusedFileSaysWhyKeepsTheDescriptionAndStoresNothing() {
        Request request = cases.request(Law.JEUGDWET, Referrer.GP, Urgency.NORMAL, LocalDate.now());
        openDocumentsTab("anna", request.getFamilyId());
        _setValue(_get(TextArea.class, spec -> spec.withId("document-description")), "Rapport");

        upload("rapport.pdf", TestDocuments.executable());
        assertThat(message()).isEqualTo("Niet opgeslagen: Bestand rapport.pdf is geen PDF, afbeelding, Office-bestand"
                + " of e-mail. We kijken naar wat er in het bestand staat, niet naar de naam.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("document-message")).getElement().getAttribute("role"))
                .isEqualTo("alert");
        upload("leeg.pdf", new byte[0]);
        assertThat(message()).isEqualTo("Niet opgeslagen: Bestand leeg.pdf is leeg.");
        assertThat(_get(TextArea.class, spec -> spec.withId("document-description")).getValue()).isEqualTo("Rapport");
        assertThat(documents.countOfFamily(request.getFamilyId())).isZero();
    }

    @Test
    void theBrowserRefusesAFileOverTheLimitBeforeSendingItAndTheScreenSaysSo() {
        Request request = cases.request(Law.JEUGDWET, Referrer.GP, Urgency.NORMAL, LocalDate.now());
        openDocumentsTab("anna", request.getFamilyId());
        Upload upload = _get(Upload.class, spec -> spec.withId("document-upload"));
        assertThat(upload.getMaxFileSize()).isEqualTo(20 * 1024 * 1024);

        // what the component reports when the browser refuses the chosen file by its size
        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload,
                upload.getI18n().getError().getFileIsTooBig(), "scan.pdf"));
        assertThat(message()).isEqualTo("Niet opgeslagen: Het bestand is te groot. Een document mag hoogstens 20 MB zijn.");
        assertThat(documents.countOfFamily(request.getFamilyId())).isZero();
    }

    @Test
    void aConsultantWithdrawsADocumentWithAReasonAndItStaysListed() {
        Request request = cases.request(Law.JEUGDWET, Referrer.GP, Urgency.NORMAL, LocalDate.now());
        documents.upload(new DocumentUpload(request.getFamilyId(), null, DocumentKind.OTHER, null, false,
                "verkeerd.pdf", TestDocuments.pdf("Verkeerd")));
        openDocumentsTab("anna", request.getFamilyId());

        _click(_get(Button.class, spec -> spec.withText("Intrekken")));
        _click(_get(Button.class, spec -> spec.withId("withdraw-confirm")));
        assertThat(_get(TextArea.class, spec -> spec.withId("withdrawal-reason")).getErrorMessage())
                .isEqualTo("Schrijf op waarom u het document intrekt.");
        _setValue(_get(TextArea.class, spec -> spec.withId("withdrawal-reason")), "Hoort bij een ander gezin");
        _click(_get(Button.class, spec -> spec.withId("withdraw-confirm")));

        DocumentCard card = _get(DocumentCard.class);
        assertThat(card.hasClassName("document-withdrawn")).isTrue();
        assertThat(_find(card, Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("Ingetrokken door Anna de Vries op ")
                        && text.endsWith(": Hoort bij een ander gezin"));
        assertThat(_find(card, Button.class)).isEmpty();
    }

    @Test
    void aManagerReadsTheDocumentsButAddsNone() {
        Request request = cases.request(Law.JEUGDWET, Referrer.GP, Urgency.NORMAL, LocalDate.now());
        documents.upload(new DocumentUpload(request.getFamilyId(), null, DocumentKind.COURT_ORDER, null, false,
                "uitspraak.pdf", TestDocuments.pdf("Uitspraak")));
        openDocumentsTab("marieke", request.getFamilyId());

        assertThat(_find(Upload.class)).isEmpty();
        assertThat(_find(_get(DocumentCard.class), Button.class)).isEmpty();
        assertThat(_find(_get(DocumentCard.class), Anchor.class)).extracting(Anchor::getText)
                .containsExactly("Bekijken", "Downloaden");
    }

    @Test
    void recentDocumentsShowARequestsLatestFiveThatAreNotWithdrawn() {
        Request request = cases.request(Law.JEUGDWET, Referrer.GP, Urgency.NORMAL, LocalDate.now());
        long familyId = request.getFamilyId();
        for (int i = 1; i <= 6; i++) {
            documents.upload(new DocumentUpload(familyId, request.getId(), DocumentKind.PROVIDER_REPORT, null, false,
                    "rapportage-" + i + ".pdf", TestDocuments.pdf("Rapportage " + i)));
        }
        CaseDocument withdrawn = documents.upload(new DocumentUpload(familyId, request.getId(), DocumentKind.OTHER,
                null, false, "verkeerd.pdf", TestDocuments.pdf("Verkeerd")));
        documents.withdraw(withdrawn.id(), "Ander gezin");
        documents.upload(new DocumentUpload(familyId, null, DocumentKind.COURT_ORDER, null, false, "gezin.pdf",
                TestDocuments.pdf("Gezin")));
        loginAs("anna");

        RecentDocuments recent = new RecentDocuments(documents, familyId, request.getId());
        assertThat(_find(recent, DocumentCard.class)).extracting(card -> _get(card,
                        com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("document-name")).getText())
                .containsExactly("rapportage-6.pdf", "rapportage-5.pdf", "rapportage-4.pdf", "rapportage-3.pdf",
                        "rapportage-2.pdf");
        assertThat(_find(new RecentDocuments(documents, familyId, null), DocumentCard.class)).hasSize(5)
                .first().satisfies(card -> assertThat(card.getElement().getTextRecursively()).contains("gezin.pdf"));
    }

    @Test
    void theFamilySeesTheSharedDocumentsOnItsPortalPageAndSendsOne() {
        Request request = cases.request(Law.JEUGDWET, Referrer.GP, Urgency.NORMAL, LocalDate.now());
        documents.upload(new DocumentUpload(request.getFamilyId(), null, DocumentKind.CONSENT_FORM, "Om te tekenen",
                true, "toestemming.pdf", TestDocuments.pdf("Toestemming")));
        documents.upload(new DocumentUpload(request.getFamilyId(), null, DocumentKind.PROVIDER_REPORT, null,
                false, "intern.pdf", TestDocuments.pdf("Intern")));
        loginAs(members.portalLogin(members.parentOf(request.getFamilyId())));
        navigate("mijn-gezin/documenten");

        assertThat(_get(H1.class).getText()).isEqualTo("Documenten");
        assertThat(names()).containsExactly("toestemming.pdf");
        assertThat(_find(Checkbox.class)).isEmpty();

        upload("verwijzing-school.pdf", TestDocuments.pdf("Verwijzing"));
        assertThat(message()).isEqualTo("Document verwijzing-school.pdf is opgeslagen.");
        assertThat(names()).containsExactly("verwijzing-school.pdf", "toestemming.pdf");
        assertThat(jdbc.sql("select from_family from case_document where file_name = 'verwijzing-school.pdf'"
                + " and family_id = :id").param("id", request.getFamilyId()).query(Boolean.class).single()).isTrue();
    }

    private void openDocumentsTab(String username, long familyId) {
        loginAs(username);
        navigate("gezinnen/" + familyId);
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Documenten")));
    }

    private static void upload(String fileName, byte[] content) {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("document-upload")), fileName, "application/pdf",
                content);
    }

    private static String message() {
        return _get(Paragraph.class, spec -> spec.withId("document-message")).getText();
    }

    private static List<String> names() {
        return _find(DocumentCard.class).stream()
                .map(card -> _get(card, com.vaadin.flow.component.html.Span.class,
                        spec -> spec.withClasses("document-name")).getText())
                .toList();
    }
}
