package nl.gezinsplan.workspace.ui.task;

import static java.util.Map.entry;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.gezinsplan.casework.Budgets;
import nl.gezinsplan.casework.Catalogue;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.family.Person;
import nl.gezinsplan.workflow.PerspectiveTalks;
import nl.gezinsplan.workflow.ProvisionRoute;
import nl.gezinsplan.workflow.RequestRoute;
import nl.gezinsplan.workflow.WorkItem;
import nl.gezinsplan.workflow.Workflow;

/** The form of each user task of the routes in bpmn/, by the task's id there. */
@org.springframework.stereotype.Component
public class TaskForms {

    /** Makes the form of one task: the task, the family's members, and where to go when it is done or gone. */
    private interface Factory {
        Component create(WorkItem task, List<Person> members, Consumer<String> leave);
    }

    private final Map<String, Factory> forms;

    TaskForms(RequestRoute route, ProvisionRoute provisionRoute, PerspectiveTalks talks, Workflow workflow,
              Requests requests, Provisions provisions, Catalogue catalogue, Budgets budgets) {
        Factory termApproaching = acknowledgement(workflow, "workspace.task.term.approaching");
        Factory termExceeded = acknowledgement(workflow, "workspace.task.term.exceeded");
        forms = Map.ofEntries(
                entry("triage", (task, members, leave) -> new TriageForm(route, task.taskId(), leave)),
                entry("research", (task, members, leave) -> new Acknowledgement("workspace.task.research.explanation",
                        "workspace.task.research.done", () -> route.completeResearch(task.taskId()), leave)),
                entry("updatePlan", (task, members, leave) -> new Acknowledgement("workspace.task.plan.explanation",
                        "workspace.task.plan.done", () -> route.completePlanUpdate(task.taskId()), leave)),
                entry("askFamilyConsent", (task, members, leave) -> new ConsentForm(route, task.taskId(), leave)),
                entry("proposeProvision", (task, members, leave) -> new ProposalForm(route, requests, provisions,
                        catalogue, task.taskId(), members, false, leave)),
                entry("reviseProposal", (task, members, leave) -> new ProposalForm(route, requests, provisions,
                        catalogue, task.taskId(), members, true, leave)),
                entry("neeTenzijCheck", (task, members, leave) -> new NeeTenzijForm(route, task.taskId(), false, leave)),
                entry("panelDecision", (task, members, leave) -> new NeeTenzijForm(route, task.taskId(), true, leave)),
                entry("reviewProposal", (task, members, leave) -> new VerdictForm(workflow, route, provisions, budgets,
                        task, false, leave)),
                entry("approveByManager", (task, members, leave) -> new VerdictForm(workflow, route, provisions,
                        budgets, task, true, leave)),
                entry("decide", (task, members, leave) -> new DecisionForm(route, provisions, task.taskId(), leave)),
                entry("researchTermApproaching", termApproaching),
                entry("decisionTermApproaching", termApproaching),
                entry("researchTermExceeded", termExceeded),
                entry("decisionTermExceeded", termExceeded),
                entry("escalateLateTalk", acknowledgement(workflow, "workspace.task.perspective.late")),
                entry("startMeeting", (task, members, leave) -> new StartMeetingForm(provisionRoute, task.taskId(), leave)),
                entry("checkMeeting", (task, members, leave) -> new CheckMeetingForm(provisionRoute, task.taskId(), leave)),
                entry("evaluationMeeting", (task, members, leave) -> new EvaluationForm(provisionRoute, task.taskId(),
                        leave)),
                entry("holdPerspectiveTalk", (task, members, leave) -> new PerspectiveTalkForm(talks, task.taskId(),
                        leave)),
                entry("askExitPerspective", (task, members, leave) -> new ExitPerspectiveForm(provisionRoute,
                        task.taskId(), leave)));
    }

    public boolean hasFormFor(String taskKey) {
        return forms.containsKey(taskKey);
    }

    public Component formFor(WorkItem task, List<Person> members, Consumer<String> leave) {
        Factory factory = forms.get(task.taskKey());
        if (factory == null) {
            throw new IllegalStateException("No form for task " + task.taskKey());
        }
        return factory.create(task, members, leave);
    }

    private static Factory acknowledgement(Workflow workflow, String explanationKey) {
        return (task, members, leave) -> new Acknowledgement(explanationKey, "workspace.task.acknowledge",
                () -> workflow.acknowledge(task.taskId()), leave);
    }
}
