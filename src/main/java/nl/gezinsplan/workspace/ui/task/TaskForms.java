package nl.gezinsplan.workspace.ui.task;

import static java.util.Map.entry;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.gezinsplan.casefile.CaseDocuments;
import nl.gezinsplan.casework.Budgets;
import nl.gezinsplan.casework.Catalogue;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.decision.Motivations;
import nl.gezinsplan.family.Person;
import nl.gezinsplan.workflow.BenefitRoute;
import nl.gezinsplan.objection.Objections;
import nl.gezinsplan.workflow.ObjectionRoute;
import nl.gezinsplan.workflow.PerspectiveTalks;
import nl.gezinsplan.workflow.ProvisionRoute;
import nl.gezinsplan.workflow.RequestRoute;
import nl.gezinsplan.workflow.WorkItem;
import nl.gezinsplan.workflow.Workflow;

/** The form of each user task of the routes in bpmn/, by the key the task names there ({@code camunda:formKey}). */
@org.springframework.stereotype.Component
public class TaskForms {

    /** Makes the form of one task: the task, the family's members, and where to go when it is done or gone. */
    private interface Factory {
        Component create(WorkItem task, List<Person> members, Consumer<String> leave);
    }

    private final Map<String, Factory> forms;

    TaskForms(RequestRoute route, ProvisionRoute provisionRoute, PerspectiveTalks talks, Workflow workflow,
              Requests requests, Provisions provisions, Catalogue catalogue, Budgets budgets,
              Motivations motivations, BenefitRoute benefitRoute, ObjectionRoute objectionRoute,
              Objections objections, CaseDocuments documents) {
        forms = Map.ofEntries(
                entry("triage", (task, members, leave) -> new TriageForm(route, task.taskId(), leave)),
                entry("provisionalDecision", (task, members, leave) -> new ProvisionalDecisionForm(route, requests,
                        provisions, catalogue, task.taskId(), members, leave)),
                entry("research", (task, members, leave) -> new ResearchForm(route, task.taskId(), task.law(), leave)),
                entry("planUpdate", (task, members, leave) -> new Acknowledgement("workspace.task.plan.explanation",
                        "workspace.task.plan.done", () -> route.completePlanUpdate(task.taskId()), leave)),
                entry("familyConsent", (task, members, leave) -> new ConsentForm(route, task.taskId(), leave)),
                entry("application", (task, members, leave) -> new ApplicationForm(route, task.taskId(), leave)),
                entry("workTrack", (task, members, leave) -> new WorkTrackForm(route, task.taskId(), leave)),
                entry("proposal", (task, members, leave) -> new ProposalForm(route, requests, provisions,
                        catalogue, task.taskId(), members, false, leave)),
                entry("revisedProposal", (task, members, leave) -> new ProposalForm(route, requests, provisions,
                        catalogue, task.taskId(), members, true, leave)),
                entry("neeTenzij", (task, members, leave) -> new NeeTenzijForm(route, task.taskId(), false, leave)),
                entry("panelNeeTenzij", (task, members, leave) -> new NeeTenzijForm(route, task.taskId(), true, leave)),
                entry("review", (task, members, leave) -> new VerdictForm(workflow, route, provisions, budgets,
                        task, false, leave)),
                entry("managerApproval", (task, members, leave) -> new VerdictForm(workflow, route, provisions,
                        budgets, task, true, leave)),
                entry("decision", (task, members, leave) -> new DecisionForm(route, provisions, motivations,
                        task.taskId(), leave)),
                entry("termApproaching", acknowledgement(workflow, "workspace.task.term.approaching")),
                entry("termExceeded", acknowledgement(workflow, "workspace.task.term.exceeded")),
                entry("lateTalk", acknowledgement(workflow, "workspace.task.perspective.late")),
                entry("startMeeting", (task, members, leave) -> new StartMeetingForm(provisionRoute, task.taskId(), leave)),
                entry("checkMeeting", (task, members, leave) -> new CheckMeetingForm(provisionRoute, task.taskId(), leave)),
                entry("evaluationMeeting", (task, members, leave) -> new EvaluationForm(provisionRoute, task.taskId(),
                        leave)),
                entry("perspectiveTalk", (task, members, leave) -> new PerspectiveTalkForm(talks, task.taskId(),
                        leave)),
                entry("exitPerspective", (task, members, leave) -> new ExitPerspectiveForm(provisionRoute,
                        task.taskId(), leave)),
                entry("reexamination", (task, members, leave) -> new ReexaminationForm(benefitRoute, task.taskId(),
                        leave)),
                entry("objectionAdmissibility", (task, members, leave) -> new ObjectionAdmissibilityForm(
                        objectionRoute, objections, documents, task.taskId(), leave)),
                entry("objectionTalk", (task, members, leave) -> new ObjectionTalkForm(objectionRoute, objections,
                        documents, task.taskId(), leave)),
                entry("objectionHearing", (task, members, leave) -> new ObjectionHearingForm(objectionRoute,
                        objections, documents, task.taskId(), leave)),
                entry("objectionAdvice", (task, members, leave) -> new ObjectionAdviceForm(objectionRoute,
                        objections, documents, task.taskId(), leave)),
                entry("objectionDecision", (task, members, leave) -> new ObjectionDecisionForm(objectionRoute,
                        objections, documents, task.taskId(), leave)));
    }

    public boolean hasFormFor(String formKey) {
        return forms.containsKey(formKey);
    }

    public Component formFor(WorkItem task, List<Person> members, Consumer<String> leave) {
        Factory factory = forms.get(task.formKey());
        if (factory == null) {
            throw new IllegalStateException("No form " + task.formKey() + " for task " + task.taskKey());
        }
        return factory.create(task, members, leave);
    }
    private static Factory acknowledgement(Workflow workflow, String explanationKey) {
        return (task, members, leave) -> new Acknowledgement(explanationKey, "workspace.task.acknowledge",
                () -> workflow.acknowledge(task.taskId()), leave);
    }
}
