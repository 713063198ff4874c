package nl.gezinsplan.workspace.ui.task;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.casework.CaseworkLimits;
import nl.gezinsplan.workflow.ProvisionRoute;

/** The monthly review: residential care ends within months; the provider's answer on the exit perspective. */
class ExitPerspectiveForm extends TaskForm {

    final TextArea answer = new TextArea();

    ExitPerspectiveForm(ProvisionRoute route, String taskId, Consumer<String> leave) {
        super(leave);
        answer.setLabel(getTranslation("workspace.task.exit-perspective.answer"));
        FormInput.limit(answer, CaseworkLimits.EXIT_PERSPECTIVE);
        answer.setWidthFull();
        add(new Paragraph(getTranslation("workspace.task.exit-perspective.explanation")), answer, error(),
                completeButton("workspace.task.complete", () -> route.recordExitPerspective(taskId, answer.getValue())));
    }
}
