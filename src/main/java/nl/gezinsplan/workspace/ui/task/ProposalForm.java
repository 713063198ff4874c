package nl.gezinsplan.workspace.ui.task;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.casework.ApprovalVerdict;
import nl.gezinsplan.casework.CaseworkLimits;
import nl.gezinsplan.casework.Catalogue;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.casework.ui.ProvisionForm;
import nl.gezinsplan.family.Person;
import nl.gezinsplan.workflow.RequestRoute;

/**
 * The proposal of a request: one or more provisions for its person under its law and why (the motivation that whoever
 * judges the proposal reads), then submitted for the "nee, tenzij" check and approval. After a rejection the same form shows the reason, to adjust and resubmit, or to
 * withdraw the request.
 */
class ProposalForm extends TaskForm {

    private final Provisions provisions;
    private final long requestId;
    private final ProposedProvisions proposed = new ProposedProvisions();
    final TextArea motivation = new TextArea();

    ProposalForm(RequestRoute route, Requests requests, Provisions provisions, Catalogue catalogue, String taskId,
                 List<Person> members, boolean revising, Consumer<String> leave) {
        super(leave);
        this.provisions = provisions;
        this.requestId = route.requestOf(taskId);
        Request request = requests.get(requestId);
        Person person = members.stream().filter(member -> member.getId().equals(request.getPersonId())).findFirst()
                .orElseThrow();
        if (revising) {
            requests.verdictsOf(requestId).stream().filter(verdict -> !verdict.approved())
                    .reduce((first, second) -> second)
                    .ifPresent(this::showRejection);
        }
        Button add = new Button(getTranslation("workspace.task.proposal.add"), VaadinIcon.PLUS.create(),
                click -> new ProvisionForm(catalogue, members, LocalDate.now(),
                        draft -> provisions.propose(requestId, draft), this::refresh)
                        .forRequest(person, request.getLaw()).open());
        motivation.setLabel(getTranslation("workspace.task.proposal.motivation"));
        motivation.setHelperText(getTranslation("workspace.task.proposal.motivation.help"));
        FormInput.limit(motivation, CaseworkLimits.PROPOSAL_MOTIVATION);
        motivation.setWidthFull();
        if (request.getProposalMotivation() != null) {
            motivation.setValue(request.getProposalMotivation());
        }
        HorizontalLayout buttons = revising
                ? new HorizontalLayout(completeButton("workspace.task.proposal.resubmit",
                        () -> route.resubmitProposal(taskId, motivation.getValue())),
                        new Button(getTranslation("workspace.task.proposal.withdraw"),
                                click -> complete(() -> route.withdrawProposal(taskId))))
                : new HorizontalLayout(completeButton("workspace.task.proposal.submit",
                        () -> route.completeProposal(taskId, motivation.getValue())));
        add(new Paragraph(getTranslation("workspace.task.proposal.for", person.fullName(),
                getTranslation("casework.law." + request.getLaw().name()))), add, proposed, motivation, error(),
                buttons);
        refresh();
    }

    private void showRejection(ApprovalVerdict rejection) {
        Paragraph reason = new Paragraph(getTranslation("workspace.task.proposal.rejected", rejection.decidedBy(),
                rejection.reason()));
        reason.addClassName("rejection");
        add(reason);
    }

    private void refresh() {
        proposed.show(provisions.ofRequest(requestId));
    }
}
