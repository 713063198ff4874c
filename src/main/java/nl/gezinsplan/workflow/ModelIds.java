package nl.gezinsplan.workflow;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
    /** Process: the periodic re-examination of a right to income support (reexamination.bpmn). */
    public static final String REEXAMINATION = "reexamination";
    /** Process: an objection against a decision (objection.bpmn). */
    public static final String OBJECTION = "objection";
    /** Process: a suspension of a request's term, resumed at its until-date (term-suspension.bpmn). */
    public static final String TERM_SUSPENSION = "termSuspension";

    /** User task: proposing the provisions of a request (request.bpmn). */
    public static final String PROPOSE_PROVISION = "proposeProvision";
    /** User task: the manager's approval of a proposal (approval.bpmn). */
    public static final String APPROVE_BY_MANAGER = "approveByManager";
    /** User task: the panel's "nee, tenzij" decision on a doubtful case (request.bpmn). */
    public static final String PANEL_DECISION = "panelDecision";
    /** User task: asking the family for its consent to the plan when none came in time (request.bpmn). */
    public static final String ASK_FAMILY_CONSENT = "askFamilyConsent";
    /** User task: starting the work track of a Participatiewet request, beside its route (request.bpmn). */
    public static final String START_WORK_TRACK = "startWorkTrack";
    public static final String RESEARCH_TERM_APPROACHING = "researchTermApproaching";
    public static final String RESEARCH_TERM_EXCEEDED = "researchTermExceeded";
    public static final String DECISION_TERM_APPROACHING = "decisionTermApproaching";
    public static final String DECISION_TERM_EXCEEDED = "decisionTermExceeded";
    /** User task: the managers' escalation of a late perspective talk (perspective-talk.bpmn). */
    public static final String ESCALATE_LATE_TALK = "escalateLateTalk";

    /** The event subprocess that runs the work track beside a Participatiewet request's route (work first). */
    public static final String WORK_FIRST = "workFirst";
    /** The event subprocess that ends a request's route when it is withdrawn or closed without decision. */
    public static final String STOP_ROUTE = "stopRoute";
    /** User tasks of an objection's route (objection.bpmn), each recording its step with the objection. */
    public static final String ASSESS_ADMISSIBILITY = "assessAdmissibility";
    public static final String INFORMAL_TALK = "informalTalk";
    public static final String HOLD_HEARING = "holdHearing";
    public static final String RECORD_ADVICE = "recordAdvice";
    public static final String DECIDE_OBJECTION = "decideObjection";
    /** Timer: a week before the decision on an objection is due (objection.bpmn). */
    public static final String OBJECTION_REMINDER = "objectionReminder";
    public static final String OBJECTION_TERM_APPROACHING = "objectionTermApproaching";
    public static final String OBJECTION_TERM_EXCEEDED = "objectionTermExceeded";
    /** Tasks beside an objection's route: its term approaching or exceeded. */
    public static final Set<String> OBJECTION_TERM_REMINDERS = Set.of(OBJECTION_TERM_APPROACHING,
            OBJECTION_TERM_EXCEEDED);
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
    /** Tasks beside a request's route, not steps of it: the term reminders and the work track (work first). */
    public static final Set<String> BESIDE_THE_ROUTE = Stream.concat(TERM_REMINDERS.stream(),
            Stream.of(START_WORK_TRACK)).collect(Collectors.toUnmodifiableSet());
    /** Tasks that escalate to a team's managers. */
    public static final List<String> ESCALATIONS = List.of(RESEARCH_TERM_EXCEEDED, DECISION_TERM_EXCEEDED,
            ESCALATE_LATE_TALK, OBJECTION_TERM_EXCEEDED);
    /** Routes of youth care only: their tasks count as Jeugdwet without a law variable. */
    public static final Set<String> YOUTH_CARE_ROUTES = Set.of(PERSPECTIVE_TALK, RESIDENTIAL_REVIEW);

    private ModelIds() {
    }
}
