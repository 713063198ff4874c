package nl.gezinsplan.workspace.ui.task;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import nl.gezinsplan.casefile.CaseDocuments;
import nl.gezinsplan.objection.ObjectionLimits;
import nl.gezinsplan.objection.ObjectionVerdict;
import nl.gezinsplan.objection.Objections;
import nl.gezinsplan.workflow.ObjectionRoute;

/**
 * The decision on the objection with the motivation its letter carries; well-founded, the decision it was against is
 * revised (what a refusal did not grant is granted and its care starts).
 */
class ObjectionDecisionForm extends ObjectionStepForm {

    final RadioButtonGroup<ObjectionVerdict> verdict = verdict("objection.verdict");
    final TextArea motivation = area("objection.motivation", ObjectionLimits.MOTIVATION);

    ObjectionDecisionForm(ObjectionRoute route, Objections objections, CaseDocuments documents, String taskId,
                          Consumer<String> leave) {
        super(route, objections, documents, taskId, leave);
        fields("workspace.objection.decision.explanation", verdict, motivation);
        add(error(), completeButton("workspace.objection.decide", () -> route.decide(taskId, verdict.getValue(),
                motivation.getValue())));
    }
}
