package nl.gezinsplan.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.CaseworkLimits;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.RequestDraft;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.family.Person;

/**
 * Intake: a consultant registers a request for help for a member of the family, which starts its route. A refused
 * save says why and keeps what was typed.
 */
class RequestForm extends Dialog {

    private final ComboBox<Person> member = new ComboBox<>();
    private final Select<Law> law = new Select<>();
    private final Select<Referrer> referrer = new Select<>();
    private final Select<Urgency> urgency = new Select<>();
    private final DatePicker requestedOn = FormInput.datePicker(null);
    private final TextArea description = new TextArea();
    private final Paragraph error = new Paragraph();

    RequestForm(Requests requests, long familyId, List<Person> members, LocalDate today, Runnable onRegistered) {
        setHeaderTitle(getTranslation("casework.request.title"));
        member.setLabel(getTranslation("casework.request.member"));
        member.setItems(members);
        member.setItemLabelGenerator(Person::fullName);
        law.setLabel(getTranslation("casework.request.law"));
        law.setItems(Law.values());
        law.setItemLabelGenerator(value -> getTranslation("casework.law." + value.name()));
        referrer.setLabel(getTranslation("casework.request.referrer"));
        referrer.setItems(Referrer.values());
        referrer.setItemLabelGenerator(value -> getTranslation("casework.referrer." + value.name()));
        urgency.setLabel(getTranslation("casework.request.urgency"));
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(value -> getTranslation("casework.urgency." + value.name()));
        urgency.setValue(Urgency.NORMAL);
        requestedOn.setLabel(getTranslation("casework.request.requested-on"));
        requestedOn.setValue(today);
        requestedOn.setMax(today);
        description.setLabel(getTranslation("casework.request.description"));
        FormInput.limit(description, CaseworkLimits.REQUEST_DESCRIPTION);
        error.addClassName("form-error");
        error.setVisible(false);

        Button save = new Button(getTranslation("casework.request.register"), click -> FormInput.save(this, error, () -> {
            requests.register(familyId, new RequestDraft(member.getValue() == null ? null : member.getValue().getId(),
                    law.getValue(), referrer.getValue(), urgency.getValue(), requestedOn.getValue(),
                    description.getValue()));
            Notification.show(getTranslation("casework.request.registered"));
            close();
            onRegistered.run();
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("casework.form.cancel"), click -> close()), save);
        FormLayout fields = new FormLayout(member, law, referrer, urgency, requestedOn, description);
        fields.setColspan(description, 2);
        add(fields, error);
    }
}
