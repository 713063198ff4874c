package nl.gezinsplan.workspace.ui.task;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Consumer;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.workflow.TaskAlreadyClaimed;
import nl.gezinsplan.workflow.TaskGone;
import nl.gezinsplan.workflow.WorkRefused;

/**
 * The form of one task. Completing it leaves the task page with a message; input the route refuses stays in the form
 * with the reason, in the user's language; a task a colleague took or finished first also leaves, saying so.
 */
abstract class TaskForm extends VerticalLayout {

    private final Paragraph error = new Paragraph();
    private final Consumer<String> leave;

    TaskForm(Consumer<String> leave) {
        this.leave = leave;
        setPadding(false);
        error.addClassName("form-error");
        error.setVisible(false);
    }

    /** A primary button that completes the task with {@code completion}. */
    Button completeButton(String labelKey, Runnable completion) {
        Button button = new Button(getTranslation(labelKey), click -> complete(completion));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    void complete(Runnable completion) {
        try {
            if (FormInput.save(this, error, completion)) {
                leave.accept("workspace.task.completed");
            }
        } catch (TaskGone | TaskAlreadyClaimed | WorkRefused taken) {
            leave.accept("workspace.task.taken");
        }
    }

    /** The place of the refusal message: after the fields, before the buttons. */
    Paragraph error() {
        return error;
    }
}
