package nl.gezinsplan.casefile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.casefile.CaseDocument;
import nl.gezinsplan.casefile.CaseDocuments;
import nl.gezinsplan.casefile.DocumentLimits;
import nl.gezinsplan.casefile.DocumentUpload;
import nl.gezinsplan.casework.Request;

/**
 * The family's documents on the family page (tab *Documenten*): a consultant with access uploads one to the family or
 * to one of its requests, shared with the family or not, and withdraws one with a reason; everyone with access reads
 * them, newest first, a page at a time, withdrawn ones marked as such.
 */
public class DocumentsPanel extends VerticalLayout {

    static final int PAGE = 20;

    private final CaseDocuments documents;
    private final long familyId;
    private final Map<Long, String> requests;
    private final boolean mayChange;
    private final Div list = new Div();
    private final Button more = new Button();
    private int shown;

    /**
     * @param requests  the family's requests, to choose from and to name
     * @param names     the family's members by id
     * @param mayChange whether the user may upload and withdraw (a consultant with access)
     */
    public DocumentsPanel(CaseDocuments documents, long familyId, List<Request> requests, Map<Long, String> names,
                          boolean mayChange) {
        this.documents = documents;
        this.familyId = familyId;
        this.requests = new LinkedHashMap<>();
        requests.forEach(request -> this.requests.put(request.getId(), getTranslation(
                "casefile.document.request.label", String.valueOf(request.getId()),
                getTranslation("casework.law." + request.getLaw()), names.get(request.getPersonId()))));
        this.mayChange = mayChange;
        setPadding(false);
        addClassName("documents-panel");
        if (mayChange) {
            add(uploadForm());
        }
        list.setId("documents");
        list.addClassName("document-list");
        more.setText(getTranslation("casefile.document.more"));
        more.addClickListener(click -> showMore());
        more.setId("documents-more");
        add(new H3(getTranslation("casefile.documents.title")), list, more);
        reload();
    }

    private DocumentUploadForm uploadForm() {
        Select<Long> request = new Select<>();
        request.setLabel(getTranslation("casefile.document.request"));
        List<Long> choices = new ArrayList<>();
        choices.add(0L);
        choices.addAll(requests.keySet());
        request.setItems(choices);
        request.setItemLabelGenerator(id -> id == 0L ? getTranslation("casefile.document.request.none")
                : requests.get(id));
        request.setValue(0L);
        request.setId("document-request");
        request.setWidth(DocumentUploadForm.FIELD_WIDTH);
        Checkbox shared = new Checkbox(getTranslation("casefile.document.share"));
        shared.setId("document-shared");
        DocumentUploadForm form = new DocumentUploadForm(documents.maxSize(),
                (kind, description, fileName, content) -> documents.upload(new DocumentUpload(familyId,
                        request.getValue() == 0L ? null : request.getValue(), kind, description, shared.getValue(),
                        fileName, content)),
                this::reload);
        form.addFields(request, shared);
        return form;
    }

    private void reload() {
        list.removeAll();
        shown = 0;
        showMore();
    }

    private void showMore() {
        List<CaseDocument> page = documents.ofFamily(familyId, shown, PAGE);
        if (shown == 0 && page.isEmpty()) {
            list.add(new Paragraph(getTranslation("casefile.documents.none")));
        }
        page.forEach(document -> list.add(card(document)));
        shown += page.size();
        more.setVisible(page.size() == PAGE && documents.countOfFamily(familyId) > shown);
    }

    private DocumentCard card(CaseDocument document) {
        DocumentCard card = new DocumentCard(documents, document,
                document.requestId() == null ? null : requests.get(document.requestId()), true);
        if (mayChange && !document.isWithdrawn()) {
            Button withdraw = new Button(getTranslation("casefile.document.withdraw"), click -> withdraw(document));
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            withdraw.getElement().setAttribute("aria-label",
                    getTranslation("casefile.document.withdraw.named", document.fileName()));
            card.addAction(withdraw);
        }
        return card;
    }

    private void withdraw(CaseDocument document) {
        Dialog dialog = new Dialog(getTranslation("casefile.document.withdraw.title", document.fileName()));
        TextArea reason = new TextArea(getTranslation("casefile.document.field.withdrawal-reason"));
        FormInput.limit(reason, DocumentLimits.WITHDRAWAL_REASON);
        reason.setWidthFull();
        reason.setId("withdrawal-reason");
        Button confirm = new Button(getTranslation("casefile.document.withdraw"), click -> {
            try {
                documents.withdraw(document.id(), reason.getValue());
                dialog.close();
                reload();
            } catch (InvalidInput refused) {
                reason.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                reason.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("withdraw-confirm");
        Button cancel = new Button(getTranslation("casefile.document.cancel"), click -> dialog.close());
        dialog.add(new Paragraph(getTranslation("casefile.document.withdraw.intro")), reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.setWidth("min(32rem, 95vw)");
        dialog.open();
    }
}
