package nl.gezinsplan.workflow;

import java.time.Instant;

/** A task in someone's inbox, with the family and person it is about. */
public record WorkItem(String taskId, String taskKey, String name, String processInstanceId, Long familyId,
                       Long personId, Instant created, Instant due, String assignee) {
}
