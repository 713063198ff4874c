package nl.gezinsplan.workspace.ui;

import nl.gezinsplan.casework.RequestSubject;
import nl.gezinsplan.workflow.WorkItem;

/**
 * A task as the inbox shows it: with the names of family and person and the subject of its request (null when the
 * user may not read the family, or the route is about no request) and the name of whoever has it.
 */
record InboxLine(WorkItem task, String family, String person, RequestSubject request, String assignee) {
}
