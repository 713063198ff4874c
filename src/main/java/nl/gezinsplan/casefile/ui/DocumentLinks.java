package nl.gezinsplan.casefile.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InputStreamDownloadHandler;
import java.io.ByteArrayInputStream;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.casefile.CaseDocument;
import nl.gezinsplan.casefile.CaseDocuments;
import nl.gezinsplan.casefile.DocumentFile;
import org.springframework.security.access.AccessDeniedException;

/**
 * The links of one document: "Bekijken" shows a PDF or image in a new browser tab, "Downloaden" saves it. The file is
 * read only when a link is followed, through {@link CaseDocuments#download} (checked and audited each time); refused,
 * the answer is 403.
 */
public class DocumentLinks extends HorizontalLayout {

    public DocumentLinks(CaseDocuments documents, CaseDocument document) {
        setSpacing(true);
        addClassName("document-links");
        if (document.previewable()) {
            Anchor view = new Anchor(handler(documents, document.id()).inline(), AttachmentType.INLINE,
                    getTranslation("casefile.document.view"));
            view.setTarget(AnchorTarget.BLANK);
            view.getElement().setAttribute("aria-label",
                    getTranslation("casefile.document.view.named", document.fileName()));
            add(view);
        }
        Anchor download = new Anchor(handler(documents, document.id()), AttachmentType.DOWNLOAD,
                getTranslation("casefile.document.download"));
        download.getElement().setAttribute("aria-label",
                getTranslation("casefile.document.download.named", document.fileName()));
        add(download);
    }

    private static InputStreamDownloadHandler handler(CaseDocuments documents, long documentId) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                DocumentFile file = documents.download(documentId);
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        file.mediaType(), file.content().length);
            } catch (AccessDeniedException | InvalidInput refused) {
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
            }
        });
    }
}
