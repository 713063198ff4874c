package nl.gezinsplan.workspace.ui.task;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import java.util.function.Consumer;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.casework.ApplicationChannel;
import nl.gezinsplan.workflow.RequestRoute;

/**
 * The person has not applied (aanvraag) since the research: the consultant asks them. An application made on paper or
 * in a conversation is recorded here with its date, from which the decision term runs; otherwise the route waits again.
 */
class ApplicationForm extends TaskForm {

    final DatePicker appliedOn = FormInput.datePicker(null);
    final RadioButtonGroup<ApplicationChannel> channel = new RadioButtonGroup<>();

    ApplicationForm(RequestRoute route, String taskId, Consumer<String> leave) {
        super(leave);
        appliedOn.setLabel(getTranslation("casework.application.date.label"));
        appliedOn.setValue(LocalDate.now());
        appliedOn.setMax(LocalDate.now());
        channel.setLabel(getTranslation("casework.application.channel"));
        channel.setItems(ApplicationChannel.PAPER, ApplicationChannel.CONVERSATION);
        channel.setItemLabelGenerator(value -> getTranslation("casework.application.channel." + value.name()));
        Button notYet = new Button(getTranslation("workspace.task.application.not-yet"),
                click -> complete(() -> route.recordApplication(taskId, null, null)));
        add(new Paragraph(getTranslation("workspace.task.application.explanation")), appliedOn, channel, error(),
                new HorizontalLayout(completeButton("workspace.task.application.applied", () -> {
                    if (channel.getValue() == null) {
                        throw new InvalidInput("casework.application.required");
                    }
                    route.recordApplication(taskId, appliedOn.getValue(), channel.getValue());
                }), notYet));
    }
}
