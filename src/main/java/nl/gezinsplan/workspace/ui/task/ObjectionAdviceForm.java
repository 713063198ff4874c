package nl.gezinsplan.workspace.ui.task;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import nl.gezinsplan.casefile.CaseDocuments;
import nl.gezinsplan.objection.ObjectionLimits;
import nl.gezinsplan.objection.ObjectionVerdict;
import nl.gezinsplan.objection.Objections;
import nl.gezinsplan.workflow.ObjectionRoute;

/** The objection committee's advice (Awb 7:13), with its reasons. */
class ObjectionAdviceForm extends ObjectionStepForm {

    final RadioButtonGroup<ObjectionVerdict> advice = verdict("objection.advice");
    final TextArea text = area("objection.advice.text", ObjectionLimits.ADVICE_TEXT);

    ObjectionAdviceForm(ObjectionRoute route, Objections objections, CaseDocuments documents, String taskId,
                        Consumer<String> leave) {
        super(route, objections, documents, taskId, leave);
        fields("workspace.objection.advice.explanation", advice, text);
        add(error(), completeButton("workspace.task.complete", () -> route.recordAdvice(taskId, advice.getValue(),
                text.getValue())));
    }
}
