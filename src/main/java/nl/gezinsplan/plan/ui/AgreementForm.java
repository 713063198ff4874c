package nl.gezinsplan.plan.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.plan.Agreement;
import nl.gezinsplan.plan.PlanLimits;

class AgreementForm extends ItemForm<Agreement> {

    private final TextField party = new TextField(getTranslation("plan.agreement.party"));
    private final TextArea action = new TextArea(getTranslation("plan.agreement.action"));
    private final DatePicker dueDate = datePicker("plan.agreement.due-date");

    AgreementForm() {
        super(Agreement.class);
        FormInput.limit(party, PlanLimits.AGREEMENT_PARTY);
        FormInput.limit(action, PlanLimits.AGREEMENT_ACTION);
        binder.forField(party).asRequired(getTranslation("plan.agreement.party.required")).bind("party");
        binder.forField(action).asRequired(getTranslation("plan.agreement.action.required")).bind("action");
        binder.forField(dueDate).bind("dueDate");
        add(party, action, dueDate);
        edit(null);
    }

    @Override
    protected Agreement build(UUID itemKey) {
        return new Agreement(itemKey, party.getValue(), action.getValue(), dueDate.getValue());
    }
}
