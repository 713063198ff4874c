package nl.gezinsplan.workflow;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The perspective talk (bpmn/perspective-talk.bpmn): one per youth with youth care, due before the 18th birthday. */
@Service
@Transactional
public class PerspectiveTalks {

    static final String PROCESS = "perspectiveTalk";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final EngineCalls engine;
    private final ApplicationEventPublisher events;

    PerspectiveTalks(RuntimeService runtime, TaskService tasks, EngineCalls engine, ApplicationEventPublisher events) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.engine = engine;
        this.events = events;
    }

    /** Plans the talk for a youth, unless one is already under way; returns the process instance id. */
    public String start(long familyId, long personId, LocalDate birthDate) {
        String businessKey = "person-" + personId;
        ProcessInstance running = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(businessKey).active().singleResult();
        if (running != null) {
            return running.getId();
        }
        return runtime.startProcessInstanceByKey(PROCESS, businessKey, Map.of(
                "familyId", familyId, "personId", personId, "birthDate", birthDate.toString())).getId();
    }

    /**
     * Completes the talk's task with its outcome. The engine refuses extended youth care without an end date or
     * beyond the 21st birthday; the task then stays open.
     */
    public void record(String taskId, PerspectiveOutcome outcome) {
        Map<String, Object> facts = tasks.getVariables(taskId);
        Map<String, Object> routing = new HashMap<>();
        routing.put("extendedYouthCare", outcome.extendedYouthCare());
        routing.put("extendedYouthCareEnd",
                outcome.extendedCareEnd() == null ? null : outcome.extendedCareEnd().toString());
        engine.complete(taskId, routing);
        events.publishEvent(new PerspectiveTalkRecorded(
                (Long) facts.get("familyId"), (Long) facts.get("personId"), outcome));
    }
}
