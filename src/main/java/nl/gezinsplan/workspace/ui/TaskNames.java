package nl.gezinsplan.workspace.ui;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * A task's name as the user reads it, in their language, by the task's id in the BPMN (its key): the model's own
 * names are Dutch, so the bundles name every task, the Dutch one as the model does ({@code TaskNamesTest}).
 */
public final class TaskNames {

    private TaskNames() {
    }

    public static String of(String taskKey) {
        return I18NProvider.translate("workflow.task." + taskKey);
    }
}
