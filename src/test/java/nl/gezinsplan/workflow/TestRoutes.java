package nl.gezinsplan.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.ApplicationChannel;
import nl.gezinsplan.casework.NeeTenzijOutcome;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.RequestDraft;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.casework.ResearchFindings;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.TriageOutcome;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.plan.Goal;
import nl.gezinsplan.plan.GoalStatus;
import nl.gezinsplan.plan.PlanDraft;
import nl.gezinsplan.plan.Plans;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Drives requests along their route as the screens do, through {@link RequestRoute}, {@link Inbox} and
 * {@link Workflow}, for tests of what the route leads to. Each request is for a new family (see {@link TestCases}); the
 * law's consultant stays signed in.
 */
@Component
public class TestRoutes {

    private final RequestRoute route;
    private final Workflow workflow;
    private final Inbox inbox;
    private final Plans plans;
    private final TestCases cases;
    private final Requests requests;
    private final TaskService tasks;
    private final ManagementService jobs;
    private final RuntimeService runtime;
    private final UserDetailsService users;

    TestRoutes(RequestRoute route, Workflow workflow, Inbox inbox, Plans plans, TestCases cases, Requests requests,
               TaskService tasks, ManagementService jobs, RuntimeService runtime, UserDetailsService users) {
        this.route = route;
        this.workflow = workflow;
        this.inbox = inbox;
        this.plans = plans;
        this.cases = cases;
        this.requests = requests;
        this.tasks = tasks;
        this.jobs = jobs;
        this.runtime = runtime;
        this.users = users;
    }

    /** A request researched, its family's plan updated with a goal and agreed to: the route waits for a proposal. */
    public Request consented(Law law) {
        Request request = awaitingConsent(law);
        plans.recordAgreementOnPaper(request.getFamilyId());
        return request;
    }

    /** A request that triage sent to research: the route waits at the research task. */
    public Request inResearch(Law law) {
        Request request = cases.request(law, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        route.triage(taskOf(request), TriageOutcome.RESEARCH, Set.of(), null);
        return request;
    }

    /**
     * A request researched (under the Wmo and the Participatiewet with the application made on paper today) and its
     * family's plan updated with a goal for the child: the route waits for the family to agree. The law's consultant
     * stays signed in.
     */
    public Request awaitingConsent(Law law) {
        Request request = cases.request(law, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        route.triage(taskOf(request), TriageOutcome.RESEARCH, Set.of(), null);
        if (request.needsApplication()) {
            requests.apply(request.getId(), LocalDate.now(), ApplicationChannel.PAPER);
        }
        route.completeResearch(taskOf(request), findings());
        plans.save(request.getFamilyId(), planWithAGoal(request));
        route.completePlanUpdate(taskOf(request));
        return request;
    }

    /**
     * Residential youth care for 60,000 a year proposed by anna with the motivation "Thuis is niet veilig genoeg",
     * doubted at "nee, tenzij" and sent to the panel with the question "Is verblijf nodig?", which petra of the panel
     * answers yes: the route waits for the team manager's approval. Anna is signed in again.
     */
    public Request atManagerApprovalAfterThePanel() {
        Request request = consented(Law.JEUGDWET);
        cases.propose(request, 60_000, 12, true);
        route.completeProposal(taskOf(request), "Thuis is niet veilig genoeg");
        route.checkNeeTenzij(taskOf(request), NeeTenzijOutcome.DOUBT, List.of(), null, "Is verblijf nodig?");
        SignIn.as(users, "petra");
        String panel = taskOf(request);
        inbox.claim(panel);
        route.checkNeeTenzij(panel, NeeTenzijOutcome.YES, List.of(), null, null);
        SignIn.as(users, TestCases.consultantOf(Law.JEUGDWET));
        return request;
    }

    /** The colleague {@code reviewer} approves the request's proposal at the four-eyes check. */
    public void approve(Request request, String reviewer) {
        SignIn.as(users, reviewer);
        String review = tasks.createTaskQuery().processDefinitionKey("approval")
                .processInstanceBusinessKey(RequestRoute.businessKey(request.getId())).singleResult().getId();
        inbox.claim(review);
        workflow.complete(review, Verdict.approve());
        SignIn.as(users, TestCases.consultantOf(request.getLaw()));
    }

    /**
     * A second Wmo request for the member of {@code earlier}, researched: its report is in the portal and the route
     * waits for the application.
     */
    public Request awaitingApplicationBeside(Request earlier) {
        Request request = requests.register(earlier.getFamilyId(), new RequestDraft(earlier.getPersonId(), Law.WMO,
                Referrer.SELF, Urgency.NORMAL, LocalDate.now(), "Hulp bij het huishouden"));
        route.triage(taskOf(request), TriageOutcome.RESEARCH, Set.of(), null);
        route.completeResearch(taskOf(request), findings());
        return request;
    }

    /** A request researched without an application, whose consultant is now asked for it: that task's id. */
    public String askingForApplication(Law law) {
        Request request = inResearch(law);
        route.completeResearch(taskOf(request), findings());
        jobs.executeJob(jobs.createJobQuery().processInstanceId(routeOf(request)).activityId("applicationReminder")
                .singleResult().getId());
        return taskOf(request);
    }

    /** The id of the request's route (its process instance). */
    private String routeOf(Request request) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ModelIds.REQUEST)
                .processInstanceBusinessKey(RequestRoute.businessKey(request.getId())).singleResult().getId();
    }

    /** The work track of a Participatiewet request, open beside its intake: that task's id. */
    public String workTrackOf(Request request) {
        return tasks.createTaskQuery().processInstanceBusinessKey(RequestRoute.businessKey(request.getId()))
                .taskDefinitionKey(ModelIds.START_WORK_TRACK).singleResult().getId();
    }

    /** What a research found, the conversation held today. */
    public static ResearchFindings findings() {
        return new ResearchFindings(LocalDate.now(), "Moeder, consulent", "Moeder regelt de dagelijkse zorg",
                "Oma past twee middagen op", "Inloopspreekuur van het wijkteam", "Begeleiding thuis",
                "Begeleiding thuis voor een half jaar");
    }

    /** The task the request waits at on its own route. */
    public String taskOf(Request request) {
        return route.openTaskOf(request.getId()).orElseThrow().taskId();
    }

    static PlanDraft planWithAGoal(Request request) {
        PlanDraft draft = PlanDraft.empty();
        draft.goals().add(Goal.create(request.getLaw(), request.getPersonId(), "Weer naar school",
                "Vier dagen per week op school", LocalDate.now().plusMonths(6), GoalStatus.OPEN));
        return draft;
    }
}
