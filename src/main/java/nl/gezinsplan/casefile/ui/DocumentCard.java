package nl.gezinsplan.casefile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.gezinsplan.base.ClockConfiguration;
import nl.gezinsplan.casefile.CaseDocument;
import nl.gezinsplan.casefile.CaseDocuments;

/**
 * One document as a list shows it, on a wide screen as on a phone: its name and kind, the description, who added it
 * when (and, for staff, its request and whether the family sees it), whether it was withdrawn and why, and its links.
 */
public class DocumentCard extends Div {

    /**
     * @param requestLabel the request it belongs to as the page names it, or null
     * @param forStaff     shows what only colleagues need: sharing with the family
     */
    public DocumentCard(CaseDocuments documents, CaseDocument document, String requestLabel, boolean forStaff) {
        addClassName("document-card");
        DateTimeFormatter moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ClockConfiguration.MUNICIPALITY_ZONE);
        Span name = new Span(document.fileName());
        name.addClassName("document-name");
        Span kind = new Span(getTranslation("casefile.document.kind." + document.kind().name()));
        kind.getElement().getThemeList().add("badge");
        Div title = new Div(name, kind);
        title.addClassName("document-title");
        add(title);
        if (document.description() != null) {
            add(new Paragraph(document.description()));
        }
        Paragraph added = new Paragraph(getTranslation("casefile.document.added-by", document.uploaderName(),
                moments.format(document.uploadedAt())));
        added.addClassName("document-meta");
        add(added);
        if (forStaff) {
            String sharing = getTranslation(document.sharedWithFamily()
                    ? "casefile.document.shared" : "casefile.document.not-shared");
            Paragraph about = new Paragraph(requestLabel == null ? sharing
                    : getTranslation("casefile.document.of-request", requestLabel) + " · " + sharing);
            about.addClassName("document-meta");
            add(about);
        }
        if (document.isWithdrawn()) {
            addClassName("document-withdrawn");
            Paragraph withdrawn = new Paragraph(getTranslation("casefile.document.withdrawn-by",
                    document.withdrawerName(), moments.format(document.withdrawn()), document.withdrawalReason()));
            withdrawn.addClassName("document-withdrawal");
            add(withdrawn);
        }
        add(new DocumentLinks(documents, document));
    }

    /** Adds an action (withdrawing) beside the links. */
    void addAction(Component action) {
        getChildren().filter(DocumentLinks.class::isInstance).findFirst()
                .ifPresent(links -> ((DocumentLinks) links).add(action));
    }
}
