package nl.gezinsplan.casefile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.casefile.CaseFileLimits;
import nl.gezinsplan.casefile.CaseNote;
import nl.gezinsplan.casefile.CaseNotes;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.RequestSubject;
import nl.gezinsplan.casework.Requests;
import org.springframework.security.access.AccessDeniedException;

/**
 * The family's notes on the family page: a consultant with access writes one on the family or on one of its requests,
 * everyone with access searches them, newest first, a page at a time; the author corrects their own for 24 hours.
 * A refused note or correction says why and keeps what was typed.
 */
public class CaseNotesPanel extends VerticalLayout {

    static final int PAGE = 20;

    private final CaseNotes notes;
    private final long familyId;
    private final TextField search = new TextField();
    private final Div list = new Div();
    private final Button more = new Button();
    private int shown;

    /** {@code mayWrite}: the caller is a consultant who may change the family file. */
    public CaseNotesPanel(CaseNotes notes, Requests requests, long familyId, boolean mayWrite) {
        this.notes = notes;
        this.familyId = familyId;
        setPadding(false);
        setId("case-notes");
        if (mayWrite) {
            add(writeForm(requests));
        }
        search.setLabel(getTranslation("casefile.notes.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(changed -> show());
        search.setWidthFull();
        search.setMaxWidth("30rem");
        list.addClassName("case-notes");
        list.setWidthFull();
        more.setText(getTranslation("casefile.notes.more"));
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(click -> showMore());
        add(search, list, more);
        show();
    }

    private Component writeForm(Requests requests) {
        TextArea text = FormInput.limit(new TextArea(getTranslation("casefile.note.text")), CaseFileLimits.NOTE);
        text.setWidthFull();
        text.setMinHeight("6rem");
        List<Request> ofFamily = requests.ofFamily(familyId);
        Map<Long, RequestSubject> subjects = requests.subjects(ofFamily.stream().map(Request::getId).toList());
        ComboBox<Request> about = new ComboBox<>(getTranslation("casefile.note.about"));
        about.setItems(ofFamily);
        about.setItemLabelGenerator(request -> Optional.ofNullable(subjects.get(request.getId()))
                .filter(subject -> !subject.subject().isEmpty())
                .map(subject -> getTranslation("casefile.note.about.request.subject", request.getId(),
                        subject.subject()))
                .orElseGet(() -> getTranslation("casefile.note.about.request", request.getId())));
        about.setPlaceholder(getTranslation("casefile.note.about.family"));
        about.setClearButtonVisible(true);
        about.setWidthFull();
        about.setMaxWidth("30rem");
        Checkbox shared = new Checkbox(getTranslation("casefile.note.share"));
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.setVisible(false);
        VerticalLayout form = new VerticalLayout(text, about, shared, error);
        Button save = new Button(getTranslation("casefile.note.save"), click -> FormInput.save(form, error, () -> {
            notes.write(familyId, about.getValue() == null ? null : about.getValue().getId(), text.getValue(),
                    shared.getValue());
            Notification.show(getTranslation("casefile.note.saved"));
            text.clear();
            about.clear();
            shared.clear();
            show();
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(save);
        form.setPadding(false);
        form.setSpacing(false);
        Details write = new Details(getTranslation("casefile.note.write"), form);
        write.setOpened(true);
        write.setWidthFull();
        return write;
    }

    /** The first page of the notes that match the search. */
    private void show() {
        list.removeAll();
        shown = 0;
        showMore();
        if (shown == 0) {
            String term = search.getValue().strip();
            list.add(new Paragraph(term.isEmpty() ? getTranslation("casefile.notes.none")
                    : getTranslation("casefile.notes.none-found", term)));
        }
    }

    private void showMore() {
        try {
            // one more than a page, to know whether there is more
            List<CaseNote> page = notes.ofFamily(familyId, search.getValue(), shown, PAGE + 1);
            page.stream().limit(PAGE).forEach(note -> list.add(item(note)));
            shown += Math.min(page.size(), PAGE);
            more.setVisible(page.size() > PAGE);
        } catch (AccessDeniedException refused) {
            Notification.show(getTranslation("casefile.note.refused"));
        }
    }

    private Component item(CaseNote note) {
        NoteCard card = new NoteCard(note);
        if (notes.mayCorrect(note)) {
            Button correct = new Button(getTranslation("casefile.note.correct"), VaadinIcon.EDIT.create(),
                    click -> correction(note).open());
            correct.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            card.add(correct);
        }
        return card;
    }

    private Dialog correction(CaseNote note) {
        Dialog dialog = new Dialog(getTranslation("casefile.note.correct.title"));
        TextArea text = FormInput.limit(new TextArea(getTranslation("casefile.note.text")), CaseFileLimits.NOTE);
        text.setValue(note.text());
        text.setWidthFull();
        text.setMinHeight("8rem");
        Checkbox shared = new Checkbox(getTranslation("casefile.note.share"), note.sharedWithFamily());
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.setVisible(false);
        VerticalLayout form = new VerticalLayout(new Paragraph(getTranslation("casefile.note.correct.help")), text,
                shared, error);
        form.setPadding(false);
        form.setWidth("min(40rem, 85vw)");
        dialog.add(form);
        Button save = new Button(getTranslation("casefile.note.save"), click -> FormInput.save(form, error, () -> {
            notes.correct(note.id(), text.getValue(), shared.getValue());
            Notification.show(getTranslation("casefile.note.corrected"));
            dialog.close();
            show();
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("casefile.note.cancel"), click -> dialog.close()), save);
        return dialog;
    }
}
