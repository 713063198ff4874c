package nl.gezinsplan.workflow;

import java.util.List;

/** One sort key of the inbox; the engine sorts, so every page is in the same order. */
public record InboxSort(Field field, boolean ascending) {

    /** Most urgent first: by due date (tasks without one last), then oldest first. */
    public static final List<InboxSort> DEFAULT = List.of(new InboxSort(Field.DUE, true),
            new InboxSort(Field.CREATED, true));

    public enum Field { NAME, LAW, CREATED, DUE, FOLLOW_UP, ASSIGNEE }
}
