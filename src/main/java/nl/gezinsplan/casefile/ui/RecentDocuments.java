package nl.gezinsplan.casefile.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.gezinsplan.casefile.CaseDocuments;

/**
 * The latest documents of a family, or of one of its requests, that are not withdrawn: for a task's case panel, so the
 * consultant sees the referral letter or the provider's report without leaving the task.
 */
public class RecentDocuments extends VerticalLayout {

    static final int SHOWN = 5;

    /** @param requestId the request whose documents to show, or null for the whole family's */
    public RecentDocuments(CaseDocuments documents, long familyId, Long requestId) {
        setPadding(false);
        setSpacing(false);
        addClassName("recent-documents");
        add(new H3(getTranslation("casefile.documents.recent")));
        var recent = documents.recent(familyId, requestId, SHOWN);
        if (recent.isEmpty()) {
            add(new Paragraph(getTranslation("casefile.documents.none")));
        }
        recent.forEach(document -> add(new DocumentCard(documents, document, null, false)));
    }
}
