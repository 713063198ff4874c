package nl.gezinsplan.workspace.ui.task;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Consumer;
import nl.gezinsplan.workflow.RequestRoute;

/**
 * The family has not agreed to its plan in the portal: the consultant asks them. Consent on paper is recorded here;
 * otherwise the route waits again.
 */
class ConsentForm extends TaskForm {

    ConsentForm(RequestRoute route, String taskId, Consumer<String> leave) {
        super(leave);
        Button notYet = new Button(getTranslation("workspace.task.consent.not-yet"),
                click -> complete(() -> route.recordFamilyAnswer(taskId, false)));
        add(new Paragraph(getTranslation("workspace.task.consent.explanation")), error(),
                new HorizontalLayout(completeButton("workspace.task.consent.agreed",
                        () -> route.recordFamilyAnswer(taskId, true)), notYet));
    }
}
