package nl.gezinsplan.workspace.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gezinsplan.base.form.ColumnSets;
import nl.gezinsplan.casework.RequestSubject;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.casework.ui.Formats;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.FamilyNames;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.UserDirectory;
import nl.gezinsplan.workflow.InboxSort;
import nl.gezinsplan.workflow.WorkItem;

/**
 * Tasks as the inbox shows them, paged lazily by the engine in the order of the sorted column. Each page's family,
 * person and colleague names and its requests' subjects are looked up at once, so a page costs the same few queries
 * however many tasks wait.
 */
class InboxGrid extends Grid<InboxLine> {

    /** Where the tasks come from: a page of them in the given order (the engine's default when empty). */
    interface Tasks {
        List<WorkItem> page(List<InboxSort> order, int offset, int limit);
    }

    private final Tasks tasks;
    private final Families families;
    private final Requests requests;
    private final UserDirectory directory;
    private final Clock clock;
    private final ColumnSets columnSets;

    InboxGrid(Tasks tasks, LongSupplier count, Families families, Requests requests, UserDirectory directory,
              Clock clock) {
        this.tasks = tasks;
        this.families = families;
        this.requests = requests;
        this.directory = directory;
        this.clock = clock;
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(clock.getZone());
        Function<Instant, String> date = moment -> moment == null ? "" : dates.format(moment);

        // wide enough for the longest word of any task's name ("Uitstroomperspectief"): names wrap, never cut off
        addColumn(line -> TaskNames.of(line.task().taskKey())).setHeader(getTranslation("inbox.column.task"))
                .setSortProperty(InboxSort.Field.NAME.name()).setWidth("14rem").setFlexGrow(2).setKey("task");
        addColumn(this::request).setHeader(getTranslation("inbox.column.request")).setWidth("12rem").setFlexGrow(2)
                .setKey("request");
        addColumn(line -> orHidden(line.family())).setHeader(getTranslation("inbox.column.family"))
                .setFlexGrow(2).setKey("family");
        addColumn(line -> orHidden(line.person())).setHeader(getTranslation("inbox.column.person"))
                .setFlexGrow(2).setKey("person");
        addColumn(line -> line.task().law() == null ? "" : getTranslation("casework.law." + line.task().law().name()))
                .setHeader(getTranslation("inbox.column.law")).setSortProperty(InboxSort.Field.LAW.name())
                .setKey("law");
        addColumn(line -> date.apply(line.task().created())).setHeader(getTranslation("inbox.column.created"))
                .setSortProperty(InboxSort.Field.CREATED.name()).setKey("created");
        addColumn(line -> getTranslation("inbox.waiting", waitingDays(line.task())))
                .setHeader(getTranslation("inbox.column.waiting")).setKey("waiting");
        addColumn(new ComponentRenderer<>(line -> dueDate(line.task().due(), date)))
                .setHeader(getTranslation("inbox.column.due")).setSortProperty(InboxSort.Field.DUE.name())
                .setKey("due");
        addColumn(new ComponentRenderer<>(line -> line.task().suspendedUntil() != null
                        ? new Span(getTranslation("inbox.suspended-until", date.apply(line.task().suspendedUntil())))
                        : dueDate(line.task().statutoryTerm(), date)))
                .setHeader(getTranslation("inbox.column.statutory-term")).setKey("statutoryTerm");
        addColumn(line -> date.apply(line.task().followUp())).setHeader(getTranslation("inbox.column.follow-up"))
                .setSortProperty(InboxSort.Field.FOLLOW_UP.name()).setKey("followUp");
        addColumn(line -> line.assignee() == null ? "" : line.assignee())
                .setHeader(getTranslation("inbox.column.assignee"))
                .setSortProperty(InboxSort.Field.ASSIGNEE.name()).setKey("assignee");
        addColumn(line -> line.task().costPerYear() == null ? ""
                        : Formats.euros(BigDecimal.valueOf(line.task().costPerYear()), getLocale()))
                .setHeader(getTranslation("inbox.column.cost-per-year")).setKey("costPerYear");
        getColumns().forEach(column -> column.setResizable(true));
        // names wrap rather than being cut off when the screen is narrower than all the columns want
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        columnSets = new ColumnSets(this, "task", "family", "familyLink", "due");
        setItems(new CallbackDataProvider<>(this::fetch, query -> (int) count.getAsLong(),
                line -> line.task().taskId()));
    }

    void refresh() {
        getDataProvider().refreshAll();
    }

    /** Shows only the columns with these keys, in the inbox's order (on a phone: those of them a phone shows). */
    void showOnly(String... keys) {
        showOnly(Set.of(keys));
    }

    void showOnly(Set<String> keys) {
        columnSets.showWide(keys);
    }

    /** Runs {@code switched} with whether a phone's few columns show, each time the window's width switches. */
    void whenPhoneSwitched(Consumer<Boolean> switched) {
        columnSets.whenSwitched(switched);
    }

    /** Shows the family's name as a link to its page, where the user may read the family. */
    void linkFamilies() {
        Column<InboxLine> names = getColumnByKey("family");
        Column<InboxLine> links = addComponentColumn(line -> line.family() == null
                ? new Span(getTranslation("inbox.hidden"))
                : new RouterLink(line.family(), FamilyView.class, line.task().familyId()))
                .setHeader(getTranslation("inbox.column.family")).setFlexGrow(2).setResizable(true)
                .setKey("familyLink");
        List<Column<InboxLine>> order = new ArrayList<>(getColumns());
        order.remove(links);
        order.set(order.indexOf(names), links);
        removeColumn(names);
        setColumnOrder(order);
    }

    private Stream<InboxLine> fetch(Query<InboxLine, Void> query) {
        List<InboxSort> order = query.getSortOrders().stream()
                .map(sort -> new InboxSort(InboxSort.Field.valueOf(sort.getSorted()),
                        sort.getDirection() == SortDirection.ASCENDING))
                .toList();
        List<WorkItem> page = tasks.page(order, query.getOffset(), query.getLimit());
        FamilyNames names = families.names(
                page.stream().map(WorkItem::familyId).filter(Objects::nonNull).collect(Collectors.toSet()),
                page.stream().map(WorkItem::personId).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<String, String> colleagues = namesOf(
                page.stream().map(WorkItem::assignee).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, RequestSubject> subjects = requests.subjects(
                page.stream().map(WorkItem::requestId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return page.stream().map(task -> new InboxLine(task, names.family(task.familyId()),
                names.person(task.personId()),
                task.requestId() == null ? null : subjects.get(task.requestId()),
                task.assignee() == null ? null : colleagues.getOrDefault(task.assignee(), task.assignee())));
    }

    private Map<String, String> namesOf(Set<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return directory.findByUsernames(usernames).stream()
                .collect(Collectors.toMap(DirectoryUser::username, DirectoryUser::fullName));
    }

    /** The request's number and the start of its question; only the number for a family the user may not read. */
    private String request(InboxLine line) {
        if (line.request() != null) {
            return line.request().subject().isEmpty()
                    ? getTranslation("inbox.request.number", line.request().number())
                    : getTranslation("inbox.request", line.request().number(), line.request().subject());
        }
        return line.task().requestId() == null ? "" : getTranslation("inbox.request.number", line.task().requestId());
    }

    private String orHidden(String name) {
        return name == null ? getTranslation("inbox.hidden") : name;
    }

    private long waitingDays(WorkItem task) {
        return Duration.between(task.created(), clock.instant()).toDays();
    }

    /** A date, marked when it has passed. */
    private Span dueDate(Instant moment, Function<Instant, String> date) {
        Span text = new Span(date.apply(moment));
        if (moment != null && LocalDate.ofInstant(moment, clock.getZone()).isBefore(LocalDate.now(clock))) {
            text.addClassName("inbox-overdue");
        }
        return text;
    }
}
