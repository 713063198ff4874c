package nl.gezinsplan.objection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.casefile.CaseDocument;
import nl.gezinsplan.casework.ui.Formats;
import nl.gezinsplan.decision.DecisionLetterSummary;
import nl.gezinsplan.objection.Objection;
import nl.gezinsplan.objection.ObjectionDraft;
import nl.gezinsplan.objection.ObjectionLimits;
import nl.gezinsplan.objection.Objections;

/**
 * Registers an objection against one of the family's decisions: when it came in, its grounds, the documents of the
 * request's case file that go with it, and, when it came in after the six weeks, why. A refused save says why and
 * keeps what was typed.
 */
class ObjectionForm extends Dialog {

    final Select<DecisionLetterSummary> decision = new Select<>();
    final DatePicker receivedOn = FormInput.datePicker(null);
    final TextArea grounds = new TextArea();
    final TextArea lateReason = new TextArea();
    final CheckboxGroup<CaseDocument> documents = new CheckboxGroup<>();
    private final Paragraph term = new Paragraph();
    private final Paragraph error = new Paragraph();

    ObjectionForm(Objections objections, long familyId, List<DecisionLetterSummary> decisions, LocalDate today,
                  Runnable onRegistered) {
        setHeaderTitle(getTranslation("objection.register"));
        decision.setLabel(getTranslation("objection.against"));
        decision.setItems(decisions);
        decision.setItemLabelGenerator(letter -> getTranslation("objection.decision.label",
                getTranslation("decision.kind." + letter.kind()), letter.personName(),
                Formats.date(letter.date(), getLocale()), Long.toString(letter.requestId())));
        receivedOn.setLabel(getTranslation("objection.received-on"));
        receivedOn.setValue(today);
        receivedOn.setMax(today);
        grounds.setLabel(getTranslation("objection.grounds"));
        FormInput.limit(grounds, ObjectionLimits.GROUNDS);
        lateReason.setLabel(getTranslation("objection.late-reason"));
        FormInput.limit(lateReason, ObjectionLimits.LATE_REASON);
        documents.setLabel(getTranslation("objection.documents"));
        documents.setItemLabelGenerator(document -> document.description() == null || document.description().isBlank()
                ? document.fileName() : document.description() + " (" + document.fileName() + ")");
        term.addClassName("objection-term");
        error.addClassName("form-error");
        error.setVisible(false);
        decision.addValueChangeListener(change -> {
            documents.setItems(change.getValue() == null ? List.of()
                    : objections.documentsFor(familyId, change.getValue().id()));
            showTerm();
        });
        receivedOn.addValueChangeListener(change -> showTerm());
        if (decisions.size() == 1) {
            decision.setValue(decisions.get(0));
        }
        showTerm();

        Button save = new Button(getTranslation("objection.register.save"), click -> FormInput.save(this, error, () -> {
            objections.register(new ObjectionDraft(familyId, decision.getValue() == null ? 0 : decision.getValue().id(),
                    receivedOn.getValue(), grounds.getValue(), lateReason.getValue(),
                    documents.getValue().stream().map(CaseDocument::id).collect(Collectors.toCollection(HashSet::new))));
            Notification.show(getTranslation("objection.registered"));
            close();
            onRegistered.run();
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("objection.cancel"), click -> close()), save);
        FormLayout fields = new FormLayout(decision, receivedOn, term, grounds, lateReason, documents);
        fields.setColspan(decision, 2);
        fields.setColspan(term, 2);
        fields.setColspan(grounds, 2);
        fields.setColspan(lateReason, 2);
        fields.setColspan(documents, 2);
        add(fields, error);
    }

    /** The last day to object to the chosen decision; the reason for lateness is asked only when it is late. */
    private void showTerm() {
        DecisionLetterSummary letter = decision.getValue();
        LocalDate received = receivedOn.getValue();
        if (letter == null) {
            term.setVisible(false);
            lateReason.setVisible(false);
            return;
        }
        LocalDate lastDay = Objection.lastDayToObject(letter.date());
        boolean late = received != null && received.isAfter(lastDay);
        term.setText(getTranslation(late ? "objection.term.late" : "objection.term.in-time",
                Formats.date(lastDay, getLocale())));
        term.setVisible(true);
        lateReason.setVisible(late);
    }
}
