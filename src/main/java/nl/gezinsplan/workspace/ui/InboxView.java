package nl.gezinsplan.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.WebStorage;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.base.LiveUpdates;
import nl.gezinsplan.base.MenuCount;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.security.UserDirectory;
import nl.gezinsplan.workflow.Inbox;
import nl.gezinsplan.workspace.ui.task.TaskView;
import nl.gezinsplan.workflow.InboxFilter;
import nl.gezinsplan.workflow.TaskGone;
import nl.gezinsplan.workflow.TaskType;
import nl.gezinsplan.workflow.WorkItem;
import nl.gezinsplan.workspace.SavedFilter;
import nl.gezinsplan.workspace.SavedFilters;
import nl.gezinsplan.workspace.WorkspaceLimits;

/**
 * The inbox (werkvoorraad) of consultants and managers: their own tasks and those open to their teams, to filter,
 * sort and save filters of, and to claim, give back, hand over or plan a follow-up of. When a colleague was quicker,
 * the user is told so and sees the list as it now is.
 */
@Route(InboxView.PATH)
@Menu(title = "inbox.nav", order = 2.5, icon = "vaadin:inbox")
@RolesAllowed({Role.CONSULTANT_NAME, Role.MANAGER_NAME, Role.PANEL_NAME})
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    static final String PATH = "werkvoorraad";
    /**
     * The columns shown until the user chooses others: at 1440 px they fit beside the menu with every task's name whole.
     * The rest (person, created, waiting, follow-up, cost per year) can be chosen.
     */
    static final Set<String> DEFAULT_COLUMNS = Set.of("task", "request", "family", "law", "due", "statutoryTerm",
            "assignee");
    /** Where the browser remembers the user's columns (its local storage; one entry per user of that browser). */
    private static final String COLUMNS_STORED = "gezinsplan.inbox.columns.";

    private final Inbox inbox;
    private final SavedFilters savedFilters;
    private final UserDirectory directory;
    private final String me;
    private final ZoneId zone;

    private final Select<InboxFilter.Scope> scope = new Select<>();
    private final Select<Law> law = new Select<>();
    private final ComboBox<TaskType> taskType = new ComboBox<>();
    private final Select<InboxFilter.Due> due = new Select<>();
    private final ComboBox<SavedFilter> saved = new ComboBox<>();
    private final InboxGrid grid;
    private final Button open = new Button(getTranslation("inbox.open"));
    private final Button claim = new Button(getTranslation("inbox.claim"));
    private final Button unclaim = new Button(getTranslation("inbox.unclaim"));
    private final Button handOver = new Button(getTranslation("inbox.hand-over"));
    private final Button followUp = new Button(getTranslation("inbox.follow-up"));
    private final VerticalLayout emptyState = new VerticalLayout();
    private final Span emptyText = new Span();
    private final Button clearFilter = new Button(getTranslation("inbox.empty.clear"));
    private final Button chooseColumns = new Button(getTranslation("inbox.columns"), VaadinIcon.TABLE.create());

    public InboxView(Inbox inbox, SavedFilters savedFilters, Families families, Requests requests,
                     UserDirectory directory, CurrentUser currentUser, Clock clock, LiveUpdates live) {
        this.inbox = inbox;
        this.savedFilters = savedFilters;
        this.directory = directory;
        this.me = currentUser.require().username();
        this.zone = clock.getZone();
        setSizeFull();
        grid = new InboxGrid((order, offset, limit) -> inbox.tasks(filter(), order, offset, limit),
                () -> inbox.count(filter()), families, requests, directory, clock);
        grid.setId("inbox");
        grid.setEmptyStateComponent(emptyState());
        grid.asSingleSelect().addValueChangeListener(change -> enableActions(change.getValue()));
        grid.addItemDoubleClickListener(click -> openTask(click.getItem()));
        grid.showOnly(DEFAULT_COLUMNS);
        // a phone shows its own few columns: choosing them there would change nothing the user sees
        grid.whenPhoneSwitched(onPhone -> chooseColumns.setVisible(!onPhone));
        WebStorage.getItem(COLUMNS_STORED + me, stored -> {
            if (stored != null && !stored.isBlank()) {
                grid.showOnly(Arrays.stream(stored.split(",")).collect(Collectors.toSet()));
            }
        });

        // on a phone the filters take the screen's height: the list below them keeps room for some tasks
        grid.setMinHeight("24rem");
        add(new H1(getTranslation("inbox.title")), filters(), savedFilterBar(), actions(), grid);
        setFlexGrow(1, grid);
        enableActions(null);
        live.listen(this, LiveUpdates.TASKS, this::refreshLive);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title");
    }

    private HorizontalLayout filters() {
        scope.setLabel(getTranslation("inbox.filter.scope"));
        scope.setItems(InboxFilter.Scope.values());
        scope.setItemLabelGenerator(value -> getTranslation("inbox.scope." + value.name()));
        scope.setValue(InboxFilter.Scope.ALL);
        law.setLabel(getTranslation("inbox.filter.law"));
        law.setItems(Law.values());
        law.setEmptySelectionAllowed(true);
        law.setEmptySelectionCaption(getTranslation("inbox.filter.any"));
        law.setItemLabelGenerator(value -> value == null ? getTranslation("inbox.filter.any")
                : getTranslation("casework.law." + value.name()));
        taskType.setLabel(getTranslation("inbox.filter.task-type"));
        taskType.setItems(inbox.taskTypes().stream()
                .sorted(Comparator.comparing(type -> TaskNames.of(type.key()), Collator.getInstance(getLocale())))
                .toList());
        taskType.setItemLabelGenerator(type -> TaskNames.of(type.key()));
        taskType.setClearButtonVisible(true);
        due.setLabel(getTranslation("inbox.filter.due"));
        due.setItems(InboxFilter.Due.values());
        due.setEmptySelectionAllowed(true);
        due.setEmptySelectionCaption(getTranslation("inbox.filter.any"));
        due.setItemLabelGenerator(value -> value == null ? getTranslation("inbox.filter.any")
                : getTranslation("inbox.due." + value.name()));
        scope.addValueChangeListener(change -> refresh());
        law.addValueChangeListener(change -> refresh());
        taskType.addValueChangeListener(change -> refresh());
        due.addValueChangeListener(change -> refresh());
        return bar(scope, law, taskType, due);
    }

    /**
     * Shows the tasks that pass the filter now. A selected task may no longer be listed, so nothing stays selected:
     * no action works on a task the user no longer sees.
     */
    private void refresh() {
        grid.deselectAll();
        boolean filtered = !filter().equals(InboxFilter.EVERYTHING);
        emptyText.setText(getTranslation(filtered ? "inbox.empty" : "inbox.empty.none"));
        clearFilter.setVisible(filtered);
        grid.refresh();
    }

    /**
     * Shows the tasks as they are now, after someone (on any node) changed one: the same filter, sort and scroll
     * position; the selected task stays selected, with what it is now, unless it left the list.
     */
    private void refreshLive() {
        Optional<InboxLine> selected = selected();
        Optional<WorkItem> now = selected.flatMap(line -> inbox.listed(filter(), line.task().taskId()));
        grid.refresh();
        selected.ifPresent(line -> {
            // the same task by id, so the grid would keep the old line and its actions: the new one replaces it
            grid.deselectAll();
            now.ifPresent(task -> grid.select(new InboxLine(task, line.family(), line.person(), line.request(),
                    line.assignee())));
        });
    }

    /** What the list says when no task passes the filter, with a way back to all tasks. */
    private Component emptyState() {
        clearFilter.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clearFilter.addClickListener(click -> {
            saved.clear();
            show(InboxFilter.EVERYTHING);
        });
        clearFilter.setVisible(false);
        emptyText.setText(getTranslation("inbox.empty.none"));
        emptyState.add(emptyText, clearFilter);
        emptyState.setAlignItems(FlexComponent.Alignment.CENTER);
        return emptyState;
    }

    private HorizontalLayout savedFilterBar() {
        saved.setLabel(getTranslation("inbox.saved"));
        saved.setItemLabelGenerator(SavedFilter::name);
        saved.setItems(savedFilters.mine());
        saved.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(change.getValue().filter());
            }
        });
        Button save = new Button(getTranslation("inbox.saved.save"), click -> openSaveDialog());
        Button delete = new Button(getTranslation("inbox.saved.delete"), click -> {
            if (saved.getValue() != null) {
                savedFilters.delete(saved.getValue().id());
                saved.setItems(savedFilters.mine());
            }
        });
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        chooseColumns.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        chooseColumns.addClickListener(click -> openColumnsDialog());
        return bar(saved, save, delete, chooseColumns);
    }

    private HorizontalLayout actions() {
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(click -> selected().ifPresent(this::openTask));
        claim.addClickListener(click -> act(inbox::claim, "inbox.claimed"));
        unclaim.addClickListener(click -> act(inbox::unclaim, "inbox.unclaimed"));
        handOver.addClickListener(click -> selected().ifPresent(this::openHandOverDialog));
        followUp.addClickListener(click -> selected().ifPresent(this::openFollowUpDialog));
        return bar(open, claim, unclaim, handOver, followUp);
    }

    private InboxFilter filter() {
        return new InboxFilter(scope.getValue() == null ? InboxFilter.Scope.ALL : scope.getValue(), law.getValue(),
                taskType.getValue() == null ? null : taskType.getValue().key(), due.getValue());
    }

    private void show(InboxFilter filter) {
        scope.setValue(filter.scope());
        law.setValue(filter.law());
        taskType.setValue(taskType.getListDataView().getItems()
                .filter(type -> type.key().equals(filter.taskKey())).findFirst().orElse(null));
        due.setValue(filter.due());
    }

    private void openSaveDialog() {
        Dialog dialog = new Dialog(getTranslation("inbox.saved.save"));
        TextField name = new TextField(getTranslation("inbox.saved.name"));
        FormInput.limit(name, WorkspaceLimits.FILTER_NAME);
        name.setValue(saved.getValue() == null ? "" : saved.getValue().name());
        Button save = new Button(getTranslation("inbox.saved.save"), click -> {
            try {
                SavedFilter filter = savedFilters.save(name.getValue(), filter());
                saved.setItems(savedFilters.mine());
                saved.setValue(filter);
                dialog.close();
            } catch (InvalidInput invalid) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation(invalid.messageKey(), invalid.arguments()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("inbox.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    /** The columns to show, each change at once and remembered by the browser for this user. */
    private void openColumnsDialog() {
        Dialog dialog = new Dialog(getTranslation("inbox.columns"));
        CheckboxGroup<Grid.Column<InboxLine>> columns = new CheckboxGroup<>(getTranslation("inbox.columns.shown"));
        columns.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        columns.setItems(grid.getColumns());
        columns.setItemLabelGenerator(Grid.Column::getHeaderText);
        columns.setValue(grid.getColumns().stream().filter(Grid.Column::isVisible).collect(Collectors.toSet()));
        columns.addValueChangeListener(change -> {
            if (change.getValue().isEmpty()) {
                columns.setValue(change.getOldValue()); // a list without columns would show nothing
            } else if (change.isFromClient()) {
                showColumns(change.getValue().stream().map(Grid.Column::getKey).collect(Collectors.toSet()));
            }
        });
        Button standard = new Button(getTranslation("inbox.columns.default"), click -> {
            showColumns(DEFAULT_COLUMNS);
            columns.setValue(grid.getColumns().stream().filter(Grid.Column::isVisible).collect(Collectors.toSet()));
        });
        Button close = new Button(getTranslation("inbox.columns.close"), click -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(columns);
        dialog.getFooter().add(standard, close);
        dialog.open();
    }

    private void showColumns(Set<String> keys) {
        grid.showOnly(keys);
        WebStorage.setItem(COLUMNS_STORED + me, String.join(",", keys));
    }

    private void openHandOverDialog(InboxLine line) {
        List<DirectoryUser> colleagues;
        try {
            colleagues = inbox.colleaguesFor(line.task().taskId());
        } catch (TaskGone gone) {
            tell(new Notice("inbox.conflict.gone"));
            return;
        }
        new HandOverDialog(getTranslation("inbox.hand-over.title", TaskNames.of(line.task().taskKey())),
                getTranslation("inbox.hand-over.colleague"), colleagues,
                colleague -> act(task -> inbox.handOver(task, colleague.username()), "inbox.handed-over",
                        colleague.fullName())).open();
    }

    private void openFollowUpDialog(InboxLine line) {
        Dialog dialog = new Dialog(getTranslation("inbox.follow-up.title", TaskNames.of(line.task().taskKey())));
        DatePicker day = FormInput.datePicker(getTranslation("inbox.follow-up.day"));
        day.setLocale(getLocale());
        day.setClearButtonVisible(true);
        if (line.task().followUp() != null) {
            day.setValue(LocalDate.ofInstant(line.task().followUp(), zone));
        }
        Button save = new Button(getTranslation("inbox.follow-up.save"), click -> {
            if (FormInput.unreadable(day).isPresent()) {
                return; // the picker says what is wrong with the date
            }
            dialog.close();
            LocalDate chosen = day.getValue();
            act(task -> inbox.followUpOn(task, chosen), chosen == null ? "inbox.follow-up.cleared"
                    : "inbox.follow-up.saved");
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(day);
        dialog.getFooter().add(new Button(getTranslation("inbox.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    /** Does something with the selected task; when a colleague was quicker, says so. Either way the list is redone. */
    private void act(Consumer<String> action, String doneKey, Object... arguments) {
        selected().ifPresent(line -> tell(Notice.attempt(() -> action.accept(line.task().taskId()),
                new Notice(doneKey, arguments), new Notice("inbox.conflict.refused"), directory)));
    }

    private void tell(Notice notice) {
        Notification.show(getTranslation(notice.key(), notice.arguments()));
        refresh();
        getUI().ifPresent(MenuCount::recount);
    }

    private Optional<InboxLine> selected() {
        return grid.asSingleSelect().getOptionalValue();
    }

    private void openTask(InboxLine line) {
        getUI().ifPresent(ui -> ui.navigate(TaskView.class, line.task().taskId()));
    }

    private void enableActions(InboxLine line) {
        boolean open = line != null && line.task().assignee() == null;
        boolean mine = line != null && me.equalsIgnoreCase(line.task().assignee());
        this.open.setEnabled(open || mine);
        claim.setEnabled(open);
        unclaim.setEnabled(mine);
        handOver.setEnabled(open || mine);
        followUp.setEnabled(open || mine);
    }

    private static HorizontalLayout bar(Component... components) {
        HorizontalLayout bar = new HorizontalLayout(components);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }
}
