package nl.gezinsplan.plan.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.plan.Involved;
import nl.gezinsplan.plan.InvolvedKind;
import nl.gezinsplan.plan.PlanLimits;

class InvolvedForm extends ItemForm<Involved> {

    private final TextField name = new TextField(getTranslation("plan.involved.name"));
    private final TextField organisation = new TextField(getTranslation("plan.involved.organisation"));
    private final TextField role = new TextField(getTranslation("plan.involved.role"));
    private final RadioButtonGroup<InvolvedKind> kind = new RadioButtonGroup<>(getTranslation("plan.involved.kind"));

    InvolvedForm() {
        super(Involved.class);
        FormInput.limit(name, PlanLimits.INVOLVED_NAME);
        FormInput.limit(organisation, PlanLimits.INVOLVED_ORGANISATION);
        FormInput.limit(role, PlanLimits.INVOLVED_ROLE);
        kind.setItems(InvolvedKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("plan.involved.kind." + value));
        binder.forField(name).asRequired(getTranslation("plan.involved.name.required")).bind("name");
        binder.forField(organisation).bind("organisation");
        binder.forField(role).bind("role");
        binder.forField(kind).asRequired(getTranslation("plan.involved.kind.required")).bind("kind");
        add(name, organisation, role, kind);
        edit(null);
    }

    @Override
    protected Involved build(UUID itemKey) {
        return new Involved(itemKey, name.getValue(), blankToNull(organisation.getValue()),
                blankToNull(role.getValue()), kind.getValue());
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
