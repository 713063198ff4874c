package nl.gezinsplan.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.gezinsplan.meeting.MeetingReport;
import nl.gezinsplan.meeting.MeetingSteps;
import nl.gezinsplan.meeting.PerspectiveOutcome;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The perspective talk (bpmn/perspective-talk.bpmn): one per youth with youth care, due before the 18th birthday. */
@Service
@Transactional
public class PerspectiveTalks {

    static final String PROCESS = ModelIds.PERSPECTIVE_TALK;

    private final RuntimeService runtime;
    private final HistoryService history;
    private final EngineCalls engine;
    private final MeetingSteps meetings;

    PerspectiveTalks(RuntimeService runtime, HistoryService history, EngineCalls engine, MeetingSteps meetings) {
        this.runtime = runtime;
        this.history = history;
        this.engine = engine;
        this.meetings = meetings;
    }

    /**
     * Plans the talk for a youth, who gets one talk: while it is under way, and also once it has been held (a later
     * grant of youth care, an extension say, plans none again), no second is started and the id of the youth's talk
     * is returned. The engine's history tells, as the talk's process only ends when the talk is recorded.
     */
    public String start(long familyId, long personId, LocalDate birthDate) {
        String businessKey = "person-" + personId;
        List<HistoricProcessInstance> talks = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(businessKey).orderByProcessInstanceStartTime().asc().listPage(0, 1);
        if (!talks.isEmpty()) {
            return talks.get(0).getId();
        }
        return runtime.startProcessInstanceByKey(PROCESS, businessKey, Map.of(
                "familyId", familyId, "personId", personId, "birthDate", birthDate.toString())).getId();
    }

    /**
     * Records the talk and completes its task. Extended youth care without an end date or beyond the 21st birthday is
     * refused; the task then stays open. The engine routes by the outcome as recorded.
     */
    public void record(String taskId, MeetingReport report, PerspectiveOutcome outcome) {
        meetings.recordPerspectiveTalk(engine.variable(taskId, "familyId", Long.class),
                engine.variable(taskId, "personId", Long.class), report, outcome);
        engine.complete(taskId, Map.of());
    }
}
