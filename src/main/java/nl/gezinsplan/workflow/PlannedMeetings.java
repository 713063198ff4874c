package nl.gezinsplan.workflow;

import static nl.gezinsplan.base.ClockConfiguration.MUNICIPALITY_ZONE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.gezinsplan.meeting.MeetingKind;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meetings that the running routes of a family's care have planned, with the dates the routes work with. A meeting
 * stays planned after it was held, until the route moves past it; the caller leaves out what the meeting records show
 * as held. The caller has checked the reader's right to the family.
 */
@Service
@Transactional(readOnly = true)
public class PlannedMeetings {

    /** The route variable that holds each meeting's planned date. */
    private static final Map<String, MeetingKind> PROVISION_MEETINGS = Map.of(
            "startMeetingDue", MeetingKind.START,
            "checkAt", MeetingKind.CHECK,
            "evaluationAt", MeetingKind.EVALUATION);
    private static final String TALK_AT = "talkAt";

    private final RuntimeService runtime;

    PlannedMeetings(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Every planned meeting of the family's running routes, earliest first. */
    public List<PlannedMeeting> of(long familyId) {
        List<PlannedMeeting> planned = new ArrayList<>();
        for (ProcessInstance route : runtime.createProcessInstanceQuery()
                .processDefinitionKeyIn(ProvisionRoute.PROCESS, PerspectiveTalks.PROCESS)
                .variableValueEquals("familyId", familyId)
                .list()) {
            Map<String, Object> facts = runtime.getVariables(route.getId());
            long personId = (Long) facts.get("personId");
            Long provisionId = (Long) facts.get("provisionId");
            PROVISION_MEETINGS.forEach((variable, kind) -> dayOf(facts.get(variable))
                    .ifPresent(day -> planned.add(new PlannedMeeting(kind, provisionId, personId, day))));
            dayOf(facts.get(TALK_AT))
                    .ifPresent(day -> planned.add(new PlannedMeeting(MeetingKind.PERSPECTIVE, null, personId, day)));
        }
        planned.sort(Comparator.comparing(PlannedMeeting::date));
        return planned;
    }

    private static Optional<LocalDate> dayOf(Object engineDate) {
        return engineDate instanceof Date date
                ? Optional.of(LocalDate.ofInstant(date.toInstant(), MUNICIPALITY_ZONE))
                : Optional.empty();
    }
}
