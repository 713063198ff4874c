package nl.gezinsplan.workspace.ui.task;

import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;

/** A task that asks to take note and act: a statutory term nearing or passed, a perspective talk that is late. */
class Acknowledgement extends TaskForm {

    Acknowledgement(String explanationKey, String buttonKey, Runnable completion, Consumer<String> leave) {
        super(leave);
        add(new Paragraph(getTranslation(explanationKey)), error(), completeButton(buttonKey, completion));
    }
}
