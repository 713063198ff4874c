package nl.gezinsplan.workspace.ui.task;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.casework.CaseworkLimits;
import nl.gezinsplan.casework.Catalogue;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.casework.ui.Formats;
import nl.gezinsplan.casework.ui.ProvisionForm;
import nl.gezinsplan.family.Person;
import nl.gezinsplan.workflow.RequestRoute;

/**
 * The provisional decision of a crisis (voorlopige voorziening): the care the family gets at once and why it cannot
 * wait. It is granted for a short period and the family gets a letter; the full route follows, and its final decision
 * replaces this one.
 */
class ProvisionalDecisionForm extends TaskForm {

    private final Provisions provisions;
    private final long requestId;
    private final ProposedProvisions proposed = new ProposedProvisions();
    final TextArea motivation = FormInput.limit(new TextArea(), CaseworkLimits.PROVISIONAL_MOTIVATION);

    ProvisionalDecisionForm(RequestRoute route, Requests requests, Provisions provisions, Catalogue catalogue,
                            String taskId, List<Person> members, Consumer<String> leave) {
        super(leave);
        this.provisions = provisions;
        this.requestId = route.requestOf(taskId);
        Request request = requests.get(requestId);
        Person person = members.stream().filter(member -> member.getId().equals(request.getPersonId())).findFirst()
                .orElseThrow();
        Button add = new Button(getTranslation("workspace.task.provisional.add"), VaadinIcon.PLUS.create(),
                click -> new ProvisionForm(catalogue, members, LocalDate.now(),
                        draft -> provisions.propose(requestId, draft), this::refresh)
                        .forRequest(person, request.getLaw()).open());
        motivation.setLabel(getTranslation("workspace.task.provisional.motivation"));
        motivation.setHelperText(getTranslation("workspace.task.provisional.motivation.help"));
        motivation.setWidthFull();
        add(new Paragraph(getTranslation("workspace.task.provisional.explanation", person.fullName(),
                Formats.date(requests.provisionalUntil(), getLocale()))), add,
                proposed, motivation, error(), completeButton("workspace.task.provisional.decide",
                        () -> route.decideProvisionally(taskId, motivation.getValue())));
        refresh();
    }

    private void refresh() {
        proposed.show(provisions.ofRequest(requestId));
    }
}
