package nl.gezinsplan.workspace.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.TextRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.base.form.ColumnSets;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.FamilyNames;
import nl.gezinsplan.family.FamilySummary;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.AuditEvent;
import nl.gezinsplan.security.AuditFilter;
import nl.gezinsplan.security.AuditLog;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.UserDirectory;
import nl.gezinsplan.security.UserFilter;

/**
 * The audit trail of a manager's teams: who read or changed which family file, and who was refused a family, a task
 * or a page. People by their full name; a family by its name only when the manager may open it, else by its number.
 * An administrator sees the events outside any family file: administrative acts, engine calls, refused pages.
 */
@Route("inzagelog")
@Menu(title = "nav.audit", order = 9, icon = "vaadin:eye")
@RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private final TextField actor = new TextField(getTranslation("audit.filter.actor"));
    private final ComboBox<FamilySummary> family = new ComboBox<>(getTranslation("audit.filter.family"));
    private final Select<AuditAction> action = new Select<>();
    private final DatePicker from = FormInput.datePicker(getTranslation("audit.filter.from"));
    private final DatePicker until = FormInput.datePicker(getTranslation("audit.filter.until"));

    private final Map<String, String> actorNames = new HashMap<>();
    private final UserDirectory directory;
    private FamilyNames familyNames = FamilyNames.NONE;

    public AuditLogView(AuditLog audit, UserDirectory directory, Families families, CurrentUser currentUser,
                        Clock clock) {
        this.directory = directory;
        setSizeFull();
        actor.setHelperText(getTranslation("audit.filter.actor.help"));
        family.setVisible(currentUser.require().role() != Role.ADMIN);
        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setItemLabelGenerator(value -> value == null ? "" : getTranslation("audit.action." + value.name()));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        chooseFamilyByName(families);

        DateTimeFormatter moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(clock.getZone());
        Grid<AuditEvent> grid = new Grid<>();
        grid.addColumn(event -> moments.format(event.at())).setHeader(getTranslation("audit.column.at")).setKey("at");
        grid.addColumn(event -> actorNames.getOrDefault(event.actor().toLowerCase(Locale.ROOT), event.actor()))
                .setHeader(getTranslation("audit.column.actor")).setKey("actor");
        grid.addColumn(event -> getTranslation("audit.action." + event.action().name()))
                .setHeader(getTranslation("audit.column.action")).setKey("action");
        grid.addColumn(this::family).setHeader(getTranslation("audit.column.family")).setKey("family");
        grid.addColumn(this::subject).setHeader(getTranslation("audit.column.subject")).setFlexGrow(3)
                .setKey("subject");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        new ColumnSets(grid, "at", "actor", "subject");
        // without a count: the trail grows for years, and counting it all for every filter would slow the page down
        // with it; the grid loads more as the reader scrolls
        grid.setItems(query -> {
            List<AuditEvent> events = audit.search(filter(), query.getOffset(), query.getLimit());
            learnNames(events, directory, families);
            return events.stream();
        });
        Runnable refresh = () -> grid.getDataProvider().refreshAll();
        actor.addValueChangeListener(change -> refresh.run());
        family.addValueChangeListener(change -> refresh.run());
        action.addValueChangeListener(change -> refresh.run());
        from.addValueChangeListener(change -> refresh.run());
        until.addValueChangeListener(change -> refresh.run());

        HorizontalLayout filters = new HorizontalLayout(actor, family, action, from, until);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        grid.setMinHeight("24rem"); // on a phone the filters take the screen's height: the list keeps room below them
        add(new H1(getTranslation("audit.title")), filters, grid);
        setFlexGrow(1, grid);
    }

    /**
     * A family is picked by name among those the manager may open (a search as on the family search page); a number
     * typed stands for that family, also one the manager may not open, whose events the trail shows by number.
     */
    private void chooseFamilyByName(Families families) {
        family.setHelperText(getTranslation("audit.filter.family.help"));
        family.setWidth("min(20rem, 100%)");
        family.getStyle().set("--vaadin-combo-box-overlay-width", "min(28rem, 100vw)");
        family.setItems(query -> families.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        family.setItemLabelGenerator(summary -> summary.name() == null ? String.valueOf(summary.id())
                : summary.name() + " (" + summary.id() + ")");
        family.setRenderer(new TextRenderer<>(summary -> summary.name() + " (" + summary.id() + ")" + members(summary)));
        family.setAllowCustomValue(true);
        family.setClearButtonVisible(true);
        family.addValueChangeListener(change -> family.setInvalid(false));
        family.addCustomValueSetListener(typed -> {
            String number = typed.getDetail().trim();
            family.setValue(number.matches("\\d{1,18}")
                    ? new FamilySummary(Long.parseLong(number), null, null, null, List.of(), null, null) : null);
            family.setInvalid(family.getValue() == null && !number.isEmpty());
            family.setErrorMessage(getTranslation("audit.filter.family.unknown"));
        });
    }

    /** Its members with their birth years, as the family search shows them: they tell two families apart. */
    private String members(FamilySummary summary) {
        return summary.members().isEmpty() ? "" : ": " + summary.members().stream()
                .map(member -> getTranslation("workspace.family.member", member.name(), String.valueOf(member.birthYear())))
                .collect(Collectors.joining(", "));
    }

    /** The names the rows of one page need, in two queries; the families' only when the reader may open them. */
    private void learnNames(List<AuditEvent> events, UserDirectory directory, Families families) {
        Set<String> actors = events.stream().map(AuditEvent::actor).collect(Collectors.toSet());
        directory.findByUsernames(actors).forEach(user -> actorNames.put(user.username().toLowerCase(Locale.ROOT),
                        user.fullName() + " (" + user.username() + ")"));
        familyNames = families.names(events.stream().map(AuditEvent::familyId).filter(Objects::nonNull)
                .collect(Collectors.toSet()), List.of());
    }

    private String family(AuditEvent event) {
        if (event.familyId() == null) {
            return "";
        }
        String name = familyNames.family(event.familyId());
        return name == null ? String.valueOf(event.familyId()) : name + " (" + event.familyId() + ")";
    }

    /** What happened; for a page view, the parts of the file it showed. */
    private String subject(AuditEvent event) {
        List<String> parts = event.shownParts();
        String detail = parts.isEmpty() ? Objects.requireNonNullElse(event.detail(), "")
                : parts.stream().map(this::getTranslation).collect(Collectors.joining(", "));
        return getTranslation(event.subject(), detail);
    }

    private AuditFilter filter() {
        String who = actor.getValue() == null || actor.getValue().isBlank() ? null : loginOf(actor.getValue().trim());
        Long familyId = family.getValue() == null ? null : family.getValue().id();
        return new AuditFilter(who, familyId, action.getValue(), from.getValue(), until.getValue());
    }

    /**
     * The login to search for: people know their colleagues by name, the trail by login. A name (or part of one, or
     * of a login) that fits exactly one user stands for that user's login; anything else is taken as a login.
     */
    private String loginOf(String typed) {
        List<DirectoryUser> fitting = directory.findUsers(UserFilter.text(typed), 0, 2);
        return fitting.size() == 1 ? fitting.get(0).username() : typed;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
