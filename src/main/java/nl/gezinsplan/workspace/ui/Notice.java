package nl.gezinsplan.workspace.ui;

import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.UserDirectory;
import nl.gezinsplan.workflow.TaskAlreadyClaimed;
import nl.gezinsplan.workflow.TaskGone;
import nl.gezinsplan.workflow.WorkRefused;

/** A message for the user: its key in the bundles and its arguments. */
record Notice(String key, Object... arguments) {

    /**
     * Does something with a task that a colleague may have taken or finished first, and says how it went: {@code done}
     * when it worked, {@code refused} when the route does not allow it, and otherwise what the colleague did. Every
     * screen that acts on a listed task explains a conflict in the same words.
     */
    static Notice attempt(Runnable action, Notice done, Notice refused, UserDirectory directory) {
        try {
            action.run();
            return done;
        } catch (TaskAlreadyClaimed claimed) {
            return new Notice("inbox.conflict.claimed", directory.findUser(claimed.assignee())
                    .map(DirectoryUser::fullName).orElse(claimed.assignee()));
        } catch (TaskGone gone) {
            return new Notice("inbox.conflict.gone");
        } catch (WorkRefused notAllowed) {
            return refused;
        }
    }
}
