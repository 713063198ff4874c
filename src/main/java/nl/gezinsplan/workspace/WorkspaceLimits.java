package nl.gezinsplan.workspace;

import nl.gezinsplan.base.TextLimit;

/** How long the name of a saved inbox filter may be: the length of its column. */
public final class WorkspaceLimits {

    public static final TextLimit FILTER_NAME = new TextLimit("inbox_filter", "name", 100, "inbox.saved.name");

    private WorkspaceLimits() {
    }
}
