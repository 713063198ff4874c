package nl.gezinsplan.workspace.ui;

import nl.gezinsplan.workflow.WorkItem;

/**
 * A task as the inbox shows it: with the names of family and person (null when the user may not read the family)
 * and of whoever has it.
 */
record InboxLine(WorkItem task, String family, String person, String assignee) {
}
