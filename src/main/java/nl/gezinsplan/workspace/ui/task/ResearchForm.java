package nl.gezinsplan.workspace.ui.task;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.function.Consumer;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.base.TextLimit;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.casework.CaseworkLimits;
import nl.gezinsplan.casework.ResearchFindings;
import nl.gezinsplan.workflow.RequestRoute;

/**
 * The research report: the conversation with the family and who took part, the ladder's questions (what the family
 * can do itself, its network, general provisions, what is needed) and the conclusion. Under the Wmo the report goes
 * to the family in the portal, in writing, when the task is done.
 */
class ResearchForm extends TaskForm {

    final DatePicker conversationOn = FormInput.datePicker(null);
    final TextField participants = new TextField();
    final TextArea ownStrength = area("own-strength", CaseworkLimits.RESEARCH_OWN_STRENGTH);
    final TextArea network = area("network", CaseworkLimits.RESEARCH_NETWORK);
    final TextArea generalProvisions = area("general-provisions", CaseworkLimits.RESEARCH_GENERAL_PROVISIONS);
    final TextArea needed = area("needed", CaseworkLimits.RESEARCH_NEEDED);
    final TextArea conclusion = area("conclusion", CaseworkLimits.RESEARCH_CONCLUSION);

    ResearchForm(RequestRoute route, String taskId, Law law, Consumer<String> leave) {
        super(leave);
        conversationOn.setLabel(getTranslation("workspace.task.research.conversation-on"));
        conversationOn.setValue(LocalDate.now());
        conversationOn.setMax(LocalDate.now());
        participants.setLabel(getTranslation("workspace.task.research.participants"));
        FormInput.limit(participants, CaseworkLimits.RESEARCH_PARTICIPANTS);
        FormLayout fields = new FormLayout(conversationOn, participants, ownStrength, network, generalProvisions,
                needed, conclusion);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph(getTranslation("workspace.task.research.explanation")), fields);
        if (law == Law.WMO) {
            add(new Paragraph(getTranslation("workspace.task.research.sent-in-writing")));
        }
        add(error(), completeButton("workspace.task.research.done", () -> route.completeResearch(taskId,
                new ResearchFindings(conversationOn.getValue(), participants.getValue(), ownStrength.getValue(),
                        network.getValue(), generalProvisions.getValue(), needed.getValue(), conclusion.getValue()))));
    }

    private TextArea area(String name, TextLimit limit) {
        TextArea area = new TextArea(getTranslation("workspace.task.research." + name));
        FormInput.limit(area, limit);
        area.setWidthFull();
        return area;
    }
}
