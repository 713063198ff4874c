package nl.gezinsplan.portal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.gezinsplan.base.LiveUpdates;
import nl.gezinsplan.casefile.CaseDocument;
import nl.gezinsplan.casefile.CaseDocuments;
import nl.gezinsplan.casefile.ui.DocumentCard;
import nl.gezinsplan.casefile.ui.DocumentUploadForm;
import nl.gezinsplan.family.FamilyAccounts;
import nl.gezinsplan.family.FamilyMember;
import nl.gezinsplan.security.AuditLog;
import nl.gezinsplan.security.Role;
import org.springframework.beans.factory.annotation.Value;

/**
 * "Documenten" on a phone: the documents the municipality shared with the member and those they sent, newest first,
 * and sending one (a referral letter, say) to the contact person.
 */
@Route(MyDocumentsView.PATH)
@Menu(title = "casefile.portal.nav", order = 4, icon = "vaadin:file-text-o")
@RolesAllowed(Role.FAMILY_NAME)
public class MyDocumentsView extends PortalPage {

    static final String PATH = "mijn-gezin/documenten";

    private final CaseDocuments documents;
    private final Div list = new Div();

    public MyDocumentsView(CaseDocuments documents, FamilyAccounts accounts, AuditLog audit,
                           @Value("${gezinsplan.portal.phone}") String municipalityPhone, LiveUpdates live) {
        super(accounts, audit, municipalityPhone);
        this.documents = documents;
        show();
        showLive(live);
    }

    @Override
    protected void content(FamilyMember member) {
        add(new H1(getTranslation("casefile.portal.title")));
        add(new Paragraph(getTranslation("casefile.portal.intro")));
        list.setId("my-documents");
        list.addClassName("document-list");
        showList();
        add(list, new H2(getTranslation("casefile.portal.send")),
                new Paragraph(getTranslation("casefile.portal.send.intro")),
                new DocumentUploadForm(documents.maxSize(), documents::uploadByMember, this::showList));
    }

    private void showList() {
        list.removeAll();
        List<CaseDocument> mine = documents.sharedWithMe();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("casefile.portal.none")));
        }
        mine.forEach(document -> list.add(new DocumentCard(documents, document, null, false)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casefile.portal.title");
    }
}
