package nl.gezinsplan.casefile.ui;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableSupplier;
import nl.gezinsplan.base.form.DownloadLink;
import nl.gezinsplan.casefile.CaseDocument;
import nl.gezinsplan.casefile.CaseDocuments;
import nl.gezinsplan.casefile.DocumentFile;

/**
 * The links of one document: "Bekijken" shows a PDF or image in a new browser tab, "Downloaden" saves it. The file is
 * read only when a link is followed, through {@link CaseDocuments#download} (checked and audited each time); refused,
 * the browser shows a page that says so.
 */
public class DocumentLinks extends HorizontalLayout {

    public DocumentLinks(CaseDocuments documents, CaseDocument document) {
        setSpacing(true);
        addClassName("document-links");
        SerializableSupplier<DownloadLink.File> file = () -> {
            DocumentFile read = documents.download(document.id());
            return new DownloadLink.File(read.content(), read.fileName(), read.mediaType());
        };
        if (document.previewable()) {
            DownloadLink view = DownloadLink.shown(getTranslation("casefile.document.view"), file);
            view.getElement().setAttribute("aria-label",
                    getTranslation("casefile.document.view.named", document.fileName()));
            add(view);
        }
        DownloadLink download = new DownloadLink(getTranslation("casefile.document.download"), file);
        download.getElement().setAttribute("aria-label",
                getTranslation("casefile.document.download.named", document.fileName()));
        add(download);
    }
}
