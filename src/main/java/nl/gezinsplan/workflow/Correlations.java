package nl.gezinsplan.workflow;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Message correlation: delivers the BPMN messages from outside (the family agrees to the plan, a provision ends early)
 * to the instance they concern. In Gezinsplan "message" means only such a BPMN message (and the texts of the message
 * bundles); what family members send in the portal are questions.
 */
@Service
@Transactional
public class Correlations {

    public static final String FAMILY_AGREED_TO_PLAN = "FamilyAgreedToPlan";
    public static final String PROVISION_ENDED_EARLY = "ProvisionEndedEarly";
    /** The request is withdrawn or closed without a decision: its route ends at once (request.bpmn, stopRoute). */
    public static final String REQUEST_STOPPED = "RequestStopped";
    public static final String APPLICATION_MADE = "ApplicationMade";
    public static final String WORK_FIRST = "WorkFirst";
    public static final String TERM_RESUMED = "TermResumed";

    private final RuntimeService runtime;

    Correlations(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /**
     * Delivers the message to the instance with this business key, adding the facts to its variables. Returns false
     * when no instance waits for it, e.g. because its route has already ended.
     */
    public boolean correlate(String messageName, String businessKey, Map<String, Object> facts) {
        return !runtime.createMessageCorrelation(messageName).processInstanceBusinessKey(businessKey)
                .setVariables(facts).correlateAllWithResult().isEmpty();
    }

    /** Delivers the message to every instance of the family that waits for it; returns how many did. */
    public int correlateWithFamily(String messageName, long familyId) {
        return runtime.createMessageCorrelation(messageName).processInstanceVariableEquals("familyId", familyId)
                .correlateAllWithResult().size();
    }
}
