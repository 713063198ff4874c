package nl.gezinsplan.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.FamilyNames;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.workflow.HeldTasks;
import nl.gezinsplan.workflow.TaskAlreadyClaimed;
import nl.gezinsplan.workflow.TaskGone;
import nl.gezinsplan.workflow.WorkItem;
import nl.gezinsplan.workflow.WorkRefused;
import nl.gezinsplan.workspace.WorkHandOver;
import org.springframework.security.access.AccessDeniedException;

/**
 * Hands all the work of a staff member who leaves to one colleague or spreads it over their team, in one step. Open
 * to administrators, who see numbers only (they read no case content), and to the managers of the member's teams,
 * who also see the families and tasks. Administrators go on to deactivate the account on the users' page.
 */
@Route("beheer/overdracht/:username")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
public class HandOverView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    enum Way { COLLEAGUE, TEAM }

    private final WorkHandOver workHandOver;
    private final Families families;
    private final HeldTasks heldTasks;
    private final boolean administrator;
    private final Paragraph holds = new Paragraph();
    private final VerticalLayout work = new VerticalLayout();
    private final RadioButtonGroup<Way> way = new RadioButtonGroup<>(getTranslation("handover.how"));
    private final ComboBox<DirectoryUser> colleague = new ComboBox<>(getTranslation("handover.colleague"));
    private final VerticalLayout result = new VerticalLayout();
    private DirectoryUser member;
    private String title;

    public HandOverView(WorkHandOver workHandOver, Families families, HeldTasks heldTasks, CurrentUser currentUser) {
        this.workHandOver = workHandOver;
        this.families = families;
        this.heldTasks = heldTasks;
        this.administrator = currentUser.require().role() == Role.ADMIN;
        work.setPadding(false);
        result.setPadding(false);
        result.setId("hand-over-result");
        // what went where is read out once it appears
        result.getElement().setAttribute("aria-live", "polite");
        holds.setId("held-counts");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String username = event.getRouteParameters().get("username").orElse("");
        try {
            member = workHandOver.held(username).member();
        } catch (AccessDeniedException refused) {
            title = getTranslation("handover.refused.title");
            add(new H1(title), new Paragraph(getTranslation("handover.refused")));
            return;
        }
        title = getTranslation("handover.title", member.fullName());
        add(new H1(title), holds, work, choice(), result);
        showHeld();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private VerticalLayout choice() {
        way.setItems(Way.values());
        way.setItemLabelGenerator(option -> getTranslation("handover.how." + option.name().toLowerCase(Locale.ROOT)));
        way.setValue(Way.COLLEAGUE);
        colleague.setItems(workHandOver.colleaguesOf(member.username()));
        colleague.setItemLabelGenerator(DirectoryUser::fullName);
        way.addValueChangeListener(change -> colleague.setVisible(change.getValue() == Way.COLLEAGUE));
        Button confirm = new Button(getTranslation("handover.confirm"), click -> handOver());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout choice = new VerticalLayout(new H2(getTranslation("handover.to-whom")), way, colleague, confirm);
        choice.setPadding(false);
        return choice;
    }

    /** The counts; for a manager also the families and tasks themselves, which an administrator may not read. */
    private void showHeld() {
        WorkHandOver.Holding held = workHandOver.held(member.username());
        holds.setText(getTranslation("handover.holds", member.fullName(), held.families(), held.tasks()));
        work.removeAll();
        if (administrator) {
            return;
        }
        if (held.families() > 0) {
            FamilyList list = new FamilyList((offset, limit) -> families.caseload(member.username(), offset, limit));
            list.setId("held-families");
            list.setHeight("14rem");
            work.add(new H2(getTranslation("handover.families")), list);
        }
        if (held.tasks() > 0) {
            work.add(new H2(getTranslation("handover.tasks")), heldTaskList());
        }
    }

    /** The member's tasks, oldest first, read a page at a time (a consultant may hold thousands) with family names. */
    private Grid<HeldTask> heldTaskList() {
        Grid<HeldTask> tasks = new Grid<>();
        tasks.setId("held-tasks");
        tasks.addColumn(HeldTask::line).setHeader(getTranslation("handover.task"));
        tasks.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        tasks.setHeight("14rem");
        tasks.setItems(query -> {
            List<WorkItem> items = heldTasks.of(member.username(), query.getOffset(), query.getLimit());
            FamilyNames names = families.names(items.stream().map(WorkItem::familyId).filter(Objects::nonNull)
                    .collect(Collectors.toSet()), List.of());
            return items.stream().map(task -> {
                String name = TaskNames.of(task.taskKey());
                String family = names.family(task.familyId());
                return new HeldTask(task.taskId(),
                        family == null ? name : getTranslation("handover.task.of", name, family));
            });
        });
        return tasks;
    }

    /** A line of the held tasks; by its task, so two tasks of one kind and family stay two lines. */
    private record HeldTask(String taskId, String line) {}

    private void handOver() {
        if (way.getValue() == Way.COLLEAGUE && colleague.getValue() == null) {
            Notification.show(getTranslation("handover.colleague.required"));
            return;
        }
        try {
            show(way.getValue() == Way.COLLEAGUE
                    ? workHandOver.toColleague(member.username(), colleague.getValue().username())
                    : workHandOver.spreadOverTeam(member.username()));
        } catch (InvalidInput refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.arguments()));
        } catch (TaskAlreadyClaimed | TaskGone | WorkRefused changed) {
            Notification.show(getTranslation("handover.conflict"));
        } catch (AccessDeniedException refused) {
            Notification.show(getTranslation("handover.refused"));
        }
        showHeld();
    }

    private void show(WorkHandOver.HandOverResult handed) {
        result.removeAll();
        UnorderedList shares = new UnorderedList();
        handed.shares().forEach(share -> shares.add(new ListItem(getTranslation("handover.result.share",
                share.colleague().fullName(), share.families(), share.tasks()))));
        if (handed.withdrawn() > 0) {
            shares.add(new ListItem(getTranslation("handover.result.withdrawn", handed.withdrawn())));
        }
        handed.left().forEach(task -> shares.add(new ListItem(getTranslation(
                "handover.task." + task.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                TaskNames.of(task.taskKey()),
                task.colleague() == null ? "" : task.colleague().fullName()))));
        result.add(new H2(getTranslation("handover.result")));
        if (shares.getChildren().findAny().isEmpty()) {
            result.add(new Paragraph(getTranslation("handover.result.nothing")));
        } else {
            result.add(shares);
        }
        if (handed.left().isEmpty()) {
            result.add(new Paragraph(getTranslation("handover.done", member.fullName())));
        }
        // a path, as the users' page is the security module's
        result.add(administrator ? new Anchor("beheer/gebruikers", getTranslation("handover.back.users"))
                : new RouterLink(getTranslation("handover.back.team"), TeamView.class));
    }
}
