package nl.gezinsplan.workflow.request;

import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import java.time.temporal.ChronoUnit;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.RequestSteps;
import nl.gezinsplan.workflow.StatutoryDeadline;
import nl.gezinsplan.workflow.StatutoryTerms;
import nl.gezinsplan.workflow.TermStage;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sets when the research and the decision are due, when to remind the team and when the manager hears the term is
 * exceeded (the day after the last day). Statutory terms come from the DMN table; the rest from configuration. A term
 * counts without the days the request's term was suspended since the term began (the days it was closed before a
 * reopening among them), and runs at least to the date it was extended to ({@code workflow.TermClock}). Public only
 * because the engine calls its methods by expression.
 */
@Component("requestTerms")
public class RequestTerms {

    private final StatutoryTerms statutoryTerms;
    private final RequestSteps steps;
    private final Period crisisResearchTerm;
    private final Period crisisDecisionTerm;
    private final Period crisisReminderBefore;
    private final Period researchTerm;
    private final Period researchReminderBefore;
    private final Period consentReminderAfter;
    private final Period applicationReminderAfter;

    RequestTerms(StatutoryTerms statutoryTerms, RequestSteps steps,
                 @Value("${gezinsplan.workflow.request.crisis-research-term:P1D}") Period crisisResearchTerm,
                 @Value("${gezinsplan.workflow.request.crisis-decision-term:P2W}") Period crisisDecisionTerm,
                 @Value("${gezinsplan.workflow.request.crisis-reminder-before:P3D}") Period crisisReminderBefore,
                 @Value("${gezinsplan.workflow.request.research-term:P6W}") Period researchTerm,
                 @Value("${gezinsplan.workflow.request.research-reminder-before:P1W}") Period researchReminderBefore,
                 @Value("${gezinsplan.workflow.request.consent-reminder-after:P2W}") Period consentReminderAfter,
                 @Value("${gezinsplan.workflow.request.application-reminder-after:P2W}") Period applicationReminderAfter) {
        this.statutoryTerms = statutoryTerms;
        this.steps = steps;
        this.crisisResearchTerm = crisisResearchTerm;
        this.crisisDecisionTerm = crisisDecisionTerm;
        this.crisisReminderBefore = crisisReminderBefore;
        this.researchTerm = researchTerm;
        this.researchReminderBefore = researchReminderBefore;
        this.consentReminderAfter = consentReminderAfter;
        this.applicationReminderAfter = applicationReminderAfter;
    }

    public void planResearch(DelegateExecution execution) {
        LocalDate requestedOn = LocalDate.parse((String) execution.getVariable("requestedOn"));
        StatutoryDeadline deadline;
        if ("CRISIS".equals(execution.getVariable("urgency"))) {
            LocalDate due = EngineDates.today().plus(crisisResearchTerm);
            // a day leaves no room for an earlier reminder
            deadline = new StatutoryDeadline(due, due);
        } else {
            deadline = statutoryTerms.deadline(law(execution), TermStage.RESEARCH_REPORT, requestedOn)
                    .orElseGet(() -> {
                        LocalDate due = requestedOn.plus(researchTerm);
                        return new StatutoryDeadline(due, due.minus(researchReminderBefore));
                    });
            deadline = counted(execution, deadline, requestedOn);
        }
        set(execution, "research", deadline);
    }

    /**
     * The decision term, from the application (aanvraag): under the Wmo and the Participatiewet the day the person
     * applied after the research ({@code appliedOn}, set by applicationRecorded or the message ApplicationMade), under
     * the Jeugdwet the request. Planned when the application is in, so the inbox shows this term from then on, and
     * again before the decision.
     */
    public void planDecision(DelegateExecution execution) {
        String from = execution.getVariable("appliedOn") != null ? "appliedOn" : "requestedOn";
        LocalDate appliedOn = LocalDate.parse((String) execution.getVariable(from));
        StatutoryDeadline statutory = statutoryTerms.deadline(law(execution), TermStage.DECISION, appliedOn)
                .orElseThrow(() -> new IllegalStateException("No decision term for " + law(execution)));
        set(execution, "decision", counted(execution,
                isCrisis(execution) ? crisisDeadline(execution, statutory) : statutory, appliedOn));
    }

    /**
     * After a crisis's provisional decision the full route ends within the short crisis term from the request, or the
     * statutory term when that ends sooner.
     */
    private StatutoryDeadline crisisDeadline(DelegateExecution execution, StatutoryDeadline statutory) {
        LocalDate due = LocalDate.parse((String) execution.getVariable("requestedOn")).plus(crisisDecisionTerm);
        return due.isBefore(statutory.due()) ? new StatutoryDeadline(due, due.minus(crisisReminderBefore)) : statutory;
    }

    /** A crisis's provisional decision is due at once: by the end of the day it reaches the team. */
    public Date provisionalDecisionDue() {
        return EngineDates.startOf(EngineDates.today().plusDays(1));
    }

    private static boolean isCrisis(DelegateExecution execution) {
        return "CRISIS".equals(execution.getVariable("urgency"));
    }

    /**
     * The deadline moved by the days the request's term was suspended since {@code from}, the term's start (the days
     * it was closed before a reopening among them), and at least to the date the term was extended to; the reminder
     * keeps its distance to the due date.
     */
    private StatutoryDeadline counted(DelegateExecution execution, StatutoryDeadline deadline, LocalDate from) {
        long requestId = (Long) execution.getVariable("requestId");
        int suspended = steps.suspendedDaysSince(requestId, from);
        LocalDate due = deadline.due().plusDays(suspended);
        LocalDate extended = steps.extendedTo(requestId).filter(due::isBefore).orElse(due);
        long moved = ChronoUnit.DAYS.between(deadline.due(), extended);
        return new StatutoryDeadline(extended, deadline.remindOn().plusDays(moved));
    }

    /** How long the route waits for the family's consent to its plan before the consultant asks them. */
    public String consentReminderAfter() {
        return consentReminderAfter.toString();
    }

    /** How long the route waits for the person's application after the research before the consultant asks them. */
    public String applicationReminderAfter() {
        return applicationReminderAfter.toString();
    }

    private static Law law(DelegateExecution execution) {
        return Law.valueOf((String) execution.getVariable("law"));
    }

    private static void set(DelegateExecution execution, String step, StatutoryDeadline deadline) {
        execution.setVariable(step + "Due", EngineDates.startOf(deadline.due()));
        execution.setVariable(step + "RemindAt", EngineDates.startOf(deadline.remindOn()));
        execution.setVariable(step + "OverdueAt", EngineDates.startOf(deadline.due().plusDays(1)));
    }
}
