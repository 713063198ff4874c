package nl.gezinsplan.workspace;

import nl.gezinsplan.workflow.InboxFilter;

/** An inbox filter a user saved under a name. */
public record SavedFilter(long id, String name, InboxFilter filter) {
}
