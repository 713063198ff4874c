package nl.gezinsplan.casefile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.casefile.CaseDocument;
import nl.gezinsplan.casefile.DocumentKind;
import nl.gezinsplan.casefile.DocumentLimits;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.unit.DataSize;

/**
 * Uploading a document: its kind, a description, and the file, sent as soon as it is chosen. A refusal says why under
 * the form and keeps what was chosen and typed; a document stored says so. The page adds its own fields (the request,
 * sharing with the family) with {@link #addFields}.
 */
public class DocumentUploadForm extends VerticalLayout {

    /** Stores the document, or refuses with {@link InvalidInput}. */
    public interface Sender {
        CaseDocument send(DocumentKind kind, String description, String fileName, byte[] content);
    }

    /** Wide enough for the longest kind and request, never wider than a phone. */
    static final String FIELD_WIDTH = "min(100%, 28rem)";

    private final Select<DocumentKind> kind = new Select<>();
    private final TextArea description = new TextArea();
    private final Paragraph message = new Paragraph();
    private final Upload upload;
    private final Sender sender;
    private final Runnable stored;

    public DocumentUploadForm(long maxSize, Sender sender, Runnable stored) {
        this.sender = sender;
        this.stored = stored;
        setPadding(false);
        addClassName("document-upload");
        kind.setLabel(getTranslation("casefile.document.kind"));
        kind.setItems(DocumentKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("casefile.document.kind." + value.name()));
        kind.setValue(DocumentKind.REFERRAL_LETTER);
        kind.setId("document-kind");
        kind.setWidth(FIELD_WIDTH);
        description.setLabel(getTranslation("casefile.document.description"));
        FormInput.limit(description, DocumentLimits.DESCRIPTION);
        description.setWidthFull();
        description.setId("document-description");

        long megabytes = DataSize.ofBytes(maxSize).toMegabytes();
        upload = new Upload(UploadHandler.inMemory((file, content) -> send(file.fileName(), content)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxSize));
        upload.setUploadButton(new Button(getTranslation("casefile.document.upload"), VaadinIcon.UPLOAD.create()));
        upload.setI18n(texts(megabytes));
        upload.setId("document-upload");
        // the next file replaces the last one instead of being refused as one too many
        upload.addAllFinishedListener(event -> upload.clearFileList());
        upload.addFileRejectedListener(event -> refuse(event.getErrorMessage()));
        for (String failure : List.of("upload-error", "upload-abort")) {
            upload.getElement().addEventListener(failure, event -> refuse(getTranslation("casefile.document.failed")));
        }
        message.setId("document-message");
        message.addClassName("document-message");
        add(kind, description, upload, message);
    }

    /** Adds fields of the page between the description and the file. */
    public void addFields(Component... fields) {
        for (int i = 0; i < fields.length; i++) {
            addComponentAtIndex(2 + i, fields[i]);
        }
    }

    private void send(String fileName, byte[] content) {
        try {
            CaseDocument document = sender.send(kind.getValue(), description.getValue(), fileName, content);
            description.clear();
            message.setText(getTranslation("casefile.document.stored", document.fileName()));
            message.getElement().setAttribute("role", "status");
            message.removeClassNames("document-refusal", "form-error");
            stored.run();
        } catch (InvalidInput refused) {
            refuse(getTranslation(refused.messageKey(), refused.arguments()));
        } catch (AccessDeniedException refused) {
            refuse(getTranslation("casefile.document.not-allowed"));
        }
    }

    private void refuse(String reason) {
        message.setText(getTranslation("casefile.document.refused", reason));
        message.getElement().setAttribute("role", "alert");
        message.addClassNames("document-refusal", "form-error");
    }

    /** The upload's own words in the user's language, not the component's English. */
    private UploadI18N texts(long megabytes) {
        String upload = getTranslation("casefile.document.upload");
        String failed = getTranslation("casefile.document.failed");
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("casefile.document.drop"))
                        .setMany(getTranslation("casefile.document.drop")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(upload).setMany(upload))
                .setError(new UploadI18N.Error().setTooManyFiles(getTranslation("casefile.document.one-at-a-time"))
                        .setFileIsTooBig(getTranslation("casefile.document.too-large.chosen", megabytes)))
                .setUploading(new UploadI18N.Uploading().setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(failed).setUnexpectedServerError(failed).setForbidden(failed)));
    }
}
