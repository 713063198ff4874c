package nl.gezinsplan.workflow;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes a {@link TaskChanged} for every user task of every process, whoever or whatever changes it. */
@Component
class TaskEvents extends AbstractProcessEnginePlugin {

    private static final Map<String, TaskChanged.Change> CHANGES = Map.of(
            TaskListener.EVENTNAME_CREATE, TaskChanged.Change.CREATED,
            TaskListener.EVENTNAME_ASSIGNMENT, TaskChanged.Change.ASSIGNED,
            TaskListener.EVENTNAME_COMPLETE, TaskChanged.Change.COMPLETED,
            TaskListener.EVENTNAME_DELETE, TaskChanged.Change.DELETED);

    private final ApplicationEventPublisher events;

    TaskEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        TaskListener publish = this::publish;
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                CHANGES.keySet().forEach(event -> definition.addBuiltInTaskListener(event, publish));
            }
        });
    }

    private void publish(DelegateTask task) {
        Set<String> groups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId())
                .collect(Collectors.toUnmodifiableSet());
        Object familyId = task.getVariable("familyId");
        events.publishEvent(new TaskChanged(task.getId(), task.getTaskDefinitionKey(), CHANGES.get(task.getEventName()),
                task.getAssignee(), groups, familyId instanceof Number number ? number.longValue() : null));
    }
}
