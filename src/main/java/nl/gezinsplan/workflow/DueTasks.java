package nl.gezinsplan.workflow;

import java.time.LocalDate;
import java.util.List;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tasks someone has whose own due date passed or comes soon: for telling their assignee. */
@Service
@Transactional(readOnly = true)
public class DueTasks {

    private final TaskService tasks;
    private final Inbox inbox;

    DueTasks(TaskService tasks, Inbox inbox) {
        this.tasks = tasks;
        this.inbox = inbox;
    }

    /** The assigned tasks due before {@code day} starts (in the municipality's time), oldest due date first. */
    public List<WorkItem> assignedDueBefore(LocalDate day) {
        List<Task> due = tasks.createTaskQuery().taskAssigned().active().dueBefore(EngineDates.startOf(day))
                .orderByDueDate().asc().list();
        return due.isEmpty() ? List.of() : inbox.withFacts(due);
    }
}
