package nl.gezinsplan.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.LongSupplier;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.UserDirectory;
import nl.gezinsplan.workflow.TaskGone;
import nl.gezinsplan.workflow.TeamWork;
import nl.gezinsplan.workflow.WorkRefused;

/**
 * Some of the work of a manager's teams under a heading that counts it, with a way to hand the chosen task to another
 * member of the team. When a member was quicker, the manager is told so and everything shown is counted again. An
 * empty list takes one line, not the height of an empty grid.
 */
class TeamTaskList extends VerticalLayout {

    private final InboxGrid grid;
    private final String titleKey;
    private final LongSupplier count;
    private final TeamWork teamWork;
    private final UserDirectory directory;
    private final Runnable changed;
    private final HtmlContainer heading;
    private final Paragraph none = new Paragraph(getTranslation("team.none"));
    private final Button reassign = new Button(getTranslation("team.reassign"));

    /** {@code changed} is run after every attempt to hand over a task, successful or not. */
    TeamTaskList(String titleKey, InboxGrid grid, LongSupplier count, TeamWork teamWork, UserDirectory directory,
                 Runnable changed) {
        this(new H2(), titleKey, grid, count, teamWork, directory, changed);
    }

    /** As the other constructor, under {@code heading} (an H3 for a list within a team's section). */
    TeamTaskList(HtmlContainer heading, String titleKey, InboxGrid grid, LongSupplier count, TeamWork teamWork,
                 UserDirectory directory, Runnable changed) {
        this.heading = heading;
        this.grid = grid;
        this.titleKey = titleKey;
        this.count = count;
        this.teamWork = teamWork;
        this.directory = directory;
        this.changed = changed;
        setPadding(false);
        grid.setHeight("18rem");
        grid.asSingleSelect().addValueChangeListener(change -> reassign.setEnabled(change.getValue() != null));
        reassign.setEnabled(false);
        reassign.addClickListener(click -> grid.asSingleSelect().getOptionalValue().ifPresent(this::openDialog));
        none.setId(grid.getId().orElse("tasks") + "-none");
        add(heading, none, grid, reassign);
        refresh();
    }

    void refresh() {
        long tasks = count.getAsLong();
        heading.setText(getTranslation(titleKey, tasks));
        none.setVisible(tasks == 0);
        grid.setVisible(tasks > 0);
        reassign.setVisible(tasks > 0);
        grid.deselectAll();
        grid.refresh();
    }

    private void openDialog(InboxLine line) {
        List<DirectoryUser> members;
        try {
            members = teamWork.membersFor(line.task().taskId());
        } catch (TaskGone gone) {
            tell(new Notice("inbox.conflict.gone"));
            return;
        } catch (WorkRefused refused) {
            tell(new Notice("inbox.conflict.refused"));
            return;
        }
        new HandOverDialog(getTranslation("team.reassign.title", TaskNames.of(line.task().taskKey())),
                getTranslation("team.reassign.member"), members, member -> tell(Notice.attempt(
                        () -> teamWork.reassign(line.task().taskId(), line.task().assignee(), member.username()),
                        new Notice("team.reassigned", member.fullName()),
                        new Notice("team.reassign.refused", member.fullName()), directory))).open();
    }

    private void tell(Notice notice) {
        Notification.show(getTranslation(notice.key(), notice.arguments()));
        changed.run();
    }
}
