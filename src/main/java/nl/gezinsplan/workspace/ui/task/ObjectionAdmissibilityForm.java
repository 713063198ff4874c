package nl.gezinsplan.workspace.ui.task;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import nl.gezinsplan.casefile.CaseDocuments;
import nl.gezinsplan.objection.ObjectionLimits;
import nl.gezinsplan.objection.Objections;
import nl.gezinsplan.workflow.ObjectionRoute;

/** Is the objection admissible? If not, the reason is the decision on it, and its letter goes. */
class ObjectionAdmissibilityForm extends ObjectionStepForm {

    final RadioButtonGroup<Boolean> admissible = new RadioButtonGroup<>();
    final TextArea reason = area("objection.inadmissible-reason", ObjectionLimits.INADMISSIBLE_REASON);

    ObjectionAdmissibilityForm(ObjectionRoute route, Objections objections, CaseDocuments documents, String taskId,
                               Consumer<String> leave) {
        super(route, objections, documents, taskId, leave);
        admissible.setLabel(getTranslation("workspace.objection.admissible"));
        admissible.setItems(true, false);
        admissible.setItemLabelGenerator(value -> getTranslation("workspace.objection.admissible." + value));
        reason.setVisible(false);
        admissible.addValueChangeListener(change -> reason.setVisible(Boolean.FALSE.equals(change.getValue())));
        fields("workspace.objection.admissibility.explanation", admissible, reason);
        add(error(), completeButton("workspace.task.complete", () -> route.assessAdmissibility(taskId,
                admissible.getValue(), reason.getValue())));
    }
}
