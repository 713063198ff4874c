package nl.gezinsplan.workflow;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The route of a request (bpmn/request.bpmn): triage, research, plan, proposal, "nee, tenzij", approval and the
 * decision within the statutory term.
 */
@Service
@Transactional
public class RequestRoute {

    static final String PROCESS = "request";

    private final RuntimeService runtime;

    RequestRoute(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Starts the route for a request; returns the process instance id. */
    public String start(NewRequest request) {
        String businessKey = "request-" + UUID.randomUUID();
        return runtime.startProcessInstanceByKey(PROCESS, businessKey, Map.of(
                "familyId", request.familyId(),
                "personId", request.personId(),
                "law", request.law().name(),
                "team", request.law().teamCode(),
                "referrer", request.referrer().name(),
                "urgency", request.urgency().name(),
                "requestedOn", request.requestedOn().toString(),
                "extension", request.extension())).getId();
    }
}
