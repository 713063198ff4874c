package nl.gezinsplan.workspace.ui.task;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.function.Consumer;
import nl.gezinsplan.casework.OutflowReason;
import nl.gezinsplan.workflow.ProvisionRoute;

/** The evaluation before the end: care ends, with the outflow reason, or an extension is requested. */
class EvaluationForm extends TaskForm {

    enum Conclusion { END, EXTEND }

    final MeetingFields meeting = new MeetingFields();
    final RadioButtonGroup<Conclusion> conclusion = new RadioButtonGroup<>();
    final Select<OutflowReason> outflow = new Select<>();

    EvaluationForm(ProvisionRoute route, String taskId, Consumer<String> leave) {
        super(leave);
        conclusion.setLabel(getTranslation("workspace.task.evaluation.conclusion"));
        conclusion.setItems(Conclusion.values());
        conclusion.setItemLabelGenerator(value -> getTranslation("workspace.task.evaluation." + value.name()));
        conclusion.setValue(Conclusion.END);
        outflow.setLabel(getTranslation("workspace.task.evaluation.outflow"));
        outflow.setItems(OutflowReason.values());
        outflow.setItemLabelGenerator(value -> getTranslation("casework.outflow-reason." + value.name()));
        conclusion.addValueChangeListener(change -> outflow.setVisible(change.getValue() == Conclusion.END));
        add(meeting, conclusion, outflow, error(), completeButton("workspace.task.complete", () -> {
            if (conclusion.getValue() == Conclusion.EXTEND) {
                route.requestExtension(taskId, meeting.report());
            } else {
                route.endCare(taskId, meeting.report(), outflow.getValue());
            }
        }));
    }
}
