package nl.gezinsplan.workflow;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ids in the models of bpmn/ that the code names, each written once: processes, tasks and decision tables.
 * {@code ModelIdsTest} finds every one of them in the models, so an id renamed in the Modeler fails a test rather
 * than a route. Forms are found by the task's {@code camunda:formKey}, not by these.
 */
public final class ModelIds {

    /** Process: a request's route (request.bpmn). */
    public static final String REQUEST = "request";
    /** Process: a granted provision's meetings (provision.bpmn). */
    public static final String PROVISION = "provision";
    /** Process: a youth's perspective talk (perspective-talk.bpmn). */
    public static final String PERSPECTIVE_TALK = "perspectiveTalk";
    /** Process: the monthly review of ending residential care (residential-review.bpmn). */
    public static final String RESIDENTIAL_REVIEW = "residentialReview";
    /** Process: a suspension of a request's term, resumed at its until-date (term-suspension.bpmn). */
    public static final String TERM_SUSPENSION = "termSuspension";

    /** User task: proposing the provisions of a request (request.bpmn). */
    public static final String PROPOSE_PROVISION = "proposeProvision";
    /** User task: the manager's approval of a proposal (approval.bpmn). */
    public static final String APPROVE_BY_MANAGER = "approveByManager";
    /** User task: the panel's "nee, tenzij" decision on a doubtful case (request.bpmn). */
    public static final String PANEL_DECISION = "panelDecision";
    public static final String RESEARCH_TERM_APPROACHING = "researchTermApproaching";
    public static final String RESEARCH_TERM_EXCEEDED = "researchTermExceeded";
    public static final String DECISION_TERM_APPROACHING = "decisionTermApproaching";
    public static final String DECISION_TERM_EXCEEDED = "decisionTermExceeded";
    /** User task: the managers' escalation of a late perspective talk (perspective-talk.bpmn). */
    public static final String ESCALATE_LATE_TALK = "escalateLateTalk";

    /**
     * Timers of a request's terms (request.bpmn), the reminder and then the escalation of each, held while the term is
     * suspended and moved with it.
     */
    public static final Map<String, List<String>> TERM_TIMERS = Map.of(
            "research", List.of("researchReminder", "researchOverdue"),
            "decision", List.of("decisionReminder", "decisionOverdue"));

    /** Decision table: the statutory terms (statutory-term.dmn). */
    public static final String STATUTORY_TERM = "statutoryTerm";

    /** Tasks beside a request's route, not steps of it: a statutory term approaching or exceeded. */
    public static final Set<String> TERM_REMINDERS = Set.of(RESEARCH_TERM_APPROACHING, RESEARCH_TERM_EXCEEDED,
            DECISION_TERM_APPROACHING, DECISION_TERM_EXCEEDED);
    /** Tasks that escalate to a team's managers. */
    public static final List<String> ESCALATIONS = List.of(RESEARCH_TERM_EXCEEDED, DECISION_TERM_EXCEEDED,
            ESCALATE_LATE_TALK);
    /** Routes of youth care only: their tasks count as Jeugdwet without a law variable. */
    public static final Set<String> YOUTH_CARE_ROUTES = Set.of(PERSPECTIVE_TALK, RESIDENTIAL_REVIEW);

    private ModelIds() {
    }
}
