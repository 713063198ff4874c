package nl.gezinsplan.workflow;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.gezinsplan.base.AfterCommit;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.casefile.FamilyAnswered;
import nl.gezinsplan.casework.RequestSteps;
import nl.gezinsplan.casework.SuspensionEnd;
import nl.gezinsplan.casework.TermExtension;
import nl.gezinsplan.casework.TermSuspension;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The law's clock of a request's route: suspending its term (opschorten, Awb 4:15) and extending it (verdagen,
 * Awb 4:14). While the term is suspended its reminder and escalation wait (held off past the until-date); when it
 * resumes, the due date, the reminder and the escalation move by the suspended days. The suspension, its end and the extension are recorded with
 * the request ({@link RequestSteps}), whose rules refuse what the law does not allow; a term planned later counts them
 * ({@code RequestTerms}). Each suspension runs bpmn/term-suspension.bpmn, which resumes the term itself when its
 * until-date passes unanswered.
 */
@Service("termClock")
@Transactional
public class TermClock {

    /** The process variable that tells the inbox until when the request's term is suspended. */
    static final String SUSPENDED_UNTIL = "suspendedUntil";

    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService tasks;
    private final RequestSteps steps;
    private final Correlations correlations;

    TermClock(RuntimeService runtime, ManagementService management, TaskService tasks, RequestSteps steps,
              Correlations correlations) {
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
        this.steps = steps;
        this.correlations = correlations;
    }

    /** The consultant suspends the request's term while waiting for the family, until {@code until} at the latest. */
    public void suspend(long requestId, String reason, String asked, LocalDate until) {
        TermSuspension suspension = steps.suspend(requestId, reason, asked, until);
        route(requestId).ifPresent(route -> {
            long held = heldDays(suspension);
            termTimers(route).forEach(job -> management.setJobDuedate(job.getId(), plus(job.getDuedate(), held)));
            runtime.setVariable(route, SUSPENDED_UNTIL, EngineDates.startOf(suspension.getUntilDate()));
        });
        runtime.startProcessInstanceByKey(ModelIds.TERM_SUSPENSION, suspensionKey(requestId), Map.of(
                "requestId", requestId,
                "resumeAt", EngineDates.startOf(suspension.getUntilDate().plusDays(1))));
    }

    /** The consultant resumes the suspended term: it moves by the days it stood still. */
    public void resume(long requestId) {
        resumed(requestId, steps.resume(requestId));
        correlations.correlate(Correlations.TERM_RESUMED, suspensionKey(requestId), Map.of());
    }

    /** An answer of the family in the portal (a document, a question) resumes every suspended term of the family. */
    @AfterCommit
    void familyAnswered(FamilyAnswered answered) {
        for (long requestId : steps.suspendedRequestsOf(answered.familyId())) {
            steps.resumeWithoutConsultant(requestId, SuspensionEnd.FAMILY).ifPresent(suspension -> {
                resumed(requestId, suspension);
                correlations.correlate(Correlations.TERM_RESUMED, suspensionKey(requestId), Map.of());
            });
        }
    }

    /** The until-date passed unanswered (term-suspension.bpmn): the term runs again from the day after it. */
    public void resumeWhenUntilPassed(DelegateExecution execution) {
        long requestId = (Long) execution.getVariable("requestId");
        steps.resumeWithoutConsultant(requestId, SuspensionEnd.UNTIL_PASSED)
                .ifPresent(suspension -> resumed(requestId, suspension));
    }

    /**
     * The consultant extends the term that runs now (the decision term once planned, else the research term) to
     * {@code newDate}, once; its reminder and escalation move with it.
     */
    public TermExtension extend(long requestId, LocalDate newDate, String reason) {
        String route = route(requestId).orElseThrow(() -> new InvalidInput("casework.request.closed"));
        String term = runtime.getVariable(route, "decisionDue") != null ? "decision" : "research";
        LocalDate due = runtime.getVariable(route, term + "Due") instanceof Date date ? EngineDates.dayOf(date) : null;
        TermExtension extension = steps.extend(requestId, due, newDate, reason);
        move(route, List.of(term), ChronoUnit.DAYS.between(due, extension.getExtendedTo()));
        return extension;
    }

    /** The term that the route runs now for the request, or empty when none is planned or the route ended. */
    public Optional<LocalDate> currentTerm(long requestId) {
        return route(requestId).flatMap(route -> {
            Object due = Optional.ofNullable(runtime.getVariable(route, "decisionDue"))
                    .orElseGet(() -> runtime.getVariable(route, "researchDue"));
            return due instanceof Date date ? Optional.of(EngineDates.dayOf(date)) : Optional.empty();
        });
    }

    private void resumed(long requestId, TermSuspension suspension) {
        route(requestId).ifPresent(route -> {
            move(route, List.copyOf(ModelIds.TERM_TIMERS.keySet()), suspension.suspendedDays());
            runtime.removeVariable(route, SUSPENDED_UNTIL);
        });
    }

    /**
     * How far a suspension holds the term's timers off: to the day after its until-date, when it resumes by itself at
     * the latest, so that no reminder or escalation fires while it runs (one already due has fired before). The
     * engine's suspended jobs would do the same, but a bulk change of their state cannot be mixed with moving them in
     * the one engine command of the until-date's timer.
     */
    private static long heldDays(TermSuspension suspension) {
        return ChronoUnit.DAYS.between(suspension.getStartedOn(), suspension.getUntilDate().plusDays(1));
    }

    /**
     * Moves the terms by {@code days}: their due dates, reminders and escalations (the process variables) and the
     * tasks due on them; the timers still waiting go to the reminder and escalation moved, also those a suspension
     * held off and those planned while it ran.
     */
    private void move(String route, List<String> terms, long days) {
        for (String term : terms) {
            if (!(runtime.getVariable(route, term + "Due") instanceof Date due)) {
                continue;
            }
            for (Task task : days == 0 ? List.<Task>of()
                    : tasks.createTaskQuery().processInstanceId(route).dueDate(due).list()) {
                task.setDueDate(plus(task.getDueDate(), days));
                tasks.saveTask(task);
            }
            for (String moment : List.of("Due", "RemindAt", "OverdueAt")) {
                if (days != 0 && runtime.getVariable(route, term + moment) instanceof Date date) {
                    runtime.setVariable(route, term + moment, plus(date, days));
                }
            }
            List<String> timers = ModelIds.TERM_TIMERS.get(term);
            for (int i = 0; i < timers.size(); i++) {
                // the reminder fires at <term>RemindAt, the escalation at <term>OverdueAt
                Object at = runtime.getVariable(route, term + (i == 0 ? "RemindAt" : "OverdueAt"));
                for (Job job : management.createJobQuery().processInstanceId(route).activityId(timers.get(i)).list()) {
                    if (at instanceof Date date && !date.equals(job.getDuedate())) {
                        management.setJobDuedate(job.getId(), date);
                    }
                }
            }
        }
    }

    private List<Job> termTimers(String route) {
        return ModelIds.TERM_TIMERS.values().stream().flatMap(List::stream)
                .flatMap(timer -> management.createJobQuery().processInstanceId(route).activityId(timer).list().stream())
                .toList();
    }

    private static Date plus(Date date, long days) {
        return EngineDates.startOf(EngineDates.dayOf(date).plusDays(days));
    }

    private Optional<String> route(long requestId) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery().processDefinitionKey(ModelIds.REQUEST)
                .processInstanceBusinessKey(RequestRoute.businessKey(requestId)).singleResult())
                .map(ProcessInstance::getId);
    }

    static String suspensionKey(long requestId) {
        return "term-suspension-" + requestId;
    }
}
