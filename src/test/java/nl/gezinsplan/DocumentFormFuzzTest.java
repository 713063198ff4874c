package nl.gezinsplan;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.time.LocalDate;
import java.util.List;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casefile.CaseDocuments;
import nl.gezinsplan.casefile.DocumentKind;
import nl.gezinsplan.casefile.DocumentUpload;
import nl.gezinsplan.casefile.TestDocuments;
import nl.gezinsplan.casefile.ui.DocumentUploadForm;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.family.TestMembers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case file's forms fuzzed as {@link FormFuzzing} says: a document's description as a consultant and as a family
 * member uploads it, and the reason for withdrawing one.
 */
class DocumentFormFuzzTest extends FormFuzzing {

    @Autowired
    TestCases cases;

    @Autowired
    TestMembers members;

    @Autowired
    CaseDocuments documents;

    @Override
    List<Form> forms() {
        Request request = cases.request(Law.JEUGDWET, Referrer.GP, Urgency.NORMAL, LocalDate.now());
        long familyId = request.getFamilyId();
        long withdrawable = documents.upload(new DocumentUpload(familyId, null, DocumentKind.OTHER, null, false,
                "verkeerd.pdf", TestDocuments.pdf("Verkeerd"))).id();
        String parent = members.portalLogin(members.parentOf(familyId));
        String documentsOfFamily = "select count(*) from case_document where family_id = " + familyId;
        return List.of(
                new Form("document by a consultant", () -> {
                    documentsTab(familyId);
                    _setValue(description(), "Verwijzing van de huisarts");
                }, () -> _get(DocumentUploadForm.class), DocumentFormFuzzTest::uploadLetter,
                        () -> count(documentsOfFamily)),
                new Form("document by the family", () -> {
                    loginAs(parent);
                    navigate("mijn-gezin/documenten");
                    _setValue(description(), "Van de school");
                }, () -> _get(DocumentUploadForm.class), DocumentFormFuzzTest::uploadLetter,
                        () -> count(documentsOfFamily)),
                new Form("withdrawal", () -> {
                    documentsTab(familyId);
                    _click(_find(Button.class, spec -> spec.withText("Intrekken")).stream()
                            .filter(button -> "verkeerd.pdf intrekken".equals(
                                    button.getElement().getAttribute("aria-label")))
                            .findFirst().orElseThrow());
                    _setValue(_get(TextArea.class, spec -> spec.withId("withdrawal-reason")), "Ander gezin");
                }, () -> _get(TextArea.class, spec -> spec.withId("withdrawal-reason")),
                        () -> _click(_get(Button.class, spec -> spec.withId("withdraw-confirm"))),
                        () -> count("select count(*) from case_document where withdrawn_at is not null and id = "
                                + withdrawable)));
    }

    private void documentsTab(long familyId) {
        openFamily(familyId);
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Documenten")));
    }

    private static TextArea description() {
        return _get(TextArea.class, spec -> spec.withId("document-description"));
    }

    private static void uploadLetter() {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("document-upload")), "verwijsbrief.pdf",
                "application/pdf", TestDocuments.pdf("Verwijsbrief"));
    }
}
