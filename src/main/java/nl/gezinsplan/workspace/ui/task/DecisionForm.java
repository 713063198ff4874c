package nl.gezinsplan.workspace.ui.task;

import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.workflow.RequestRoute;

/** The decision (beschikking): what will be granted, then issued; the letter is made with it. */
class DecisionForm extends TaskForm {

    DecisionForm(RequestRoute route, Provisions provisions, String taskId, Consumer<String> leave) {
        super(leave);
        ProposedProvisions granted = new ProposedProvisions();
        granted.show(provisions.ofRequest(route.requestOf(taskId)));
        add(new Paragraph(getTranslation("workspace.task.decide.explanation")), granted, error(),
                completeButton("workspace.task.decide.issue", () -> route.decide(taskId)));
    }
}
