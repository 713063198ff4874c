package nl.gezinsplan.security.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.AuditEvent;
import nl.gezinsplan.security.AuditFilter;
import nl.gezinsplan.security.AuditLog;
import nl.gezinsplan.security.Role;

/** The audit trail of a manager's teams: who read or changed which family file, and who was refused. */
@Route("audit")
@Menu(title = "nav.audit", order = 9, icon = "vaadin:eye")
@RolesAllowed(Role.MANAGER_NAME)
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private final TextField actor = new TextField(getTranslation("audit.filter.actor"));
    private final IntegerField family = new IntegerField(getTranslation("audit.filter.family"));
    private final Select<AuditAction> action = new Select<>();
    private final DatePicker from = datePicker("audit.filter.from");
    private final DatePicker until = datePicker("audit.filter.until");

    public AuditLogView(AuditLog audit, Clock clock) {
        setSizeFull();
        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setItemLabelGenerator(value -> value == null ? "" : getTranslation("audit.action." + value.name()));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        family.setValueChangeMode(ValueChangeMode.LAZY);

        DateTimeFormatter moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(clock.getZone());
        Grid<AuditEvent> grid = new Grid<>();
        grid.addColumn(event -> moments.format(event.at())).setHeader(getTranslation("audit.column.at"));
        grid.addColumn(AuditEvent::actor).setHeader(getTranslation("audit.column.actor"));
        grid.addColumn(event -> getTranslation("audit.action." + event.action().name()))
                .setHeader(getTranslation("audit.column.action"));
        grid.addColumn(AuditEvent::familyId).setHeader(getTranslation("audit.column.family"));
        grid.addColumn(event -> getTranslation(event.subject(), event.detail() == null ? "" : event.detail()))
                .setHeader(getTranslation("audit.column.subject")).setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> audit.search(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) audit.count(filter()));
        Runnable refresh = () -> grid.getDataProvider().refreshAll();
        actor.addValueChangeListener(change -> refresh.run());
        family.addValueChangeListener(change -> refresh.run());
        action.addValueChangeListener(change -> refresh.run());
        from.addValueChangeListener(change -> refresh.run());
        until.addValueChangeListener(change -> refresh.run());

        HorizontalLayout filters = new HorizontalLayout(actor, family, action, from, until);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H1(getTranslation("audit.title")), filters, grid);
        setFlexGrow(1, grid);
    }

    private AuditFilter filter() {
        String who = actor.getValue() == null || actor.getValue().isBlank() ? null : actor.getValue().trim();
        Long familyId = family.getValue() == null ? null : family.getValue().longValue();
        return new AuditFilter(who, familyId, action.getValue(), from.getValue(), until.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }

    /** A filter date; base's form helpers are a module up, so the unreadable-date message is set here. */
    private DatePicker datePicker(String labelKey) {
        DatePicker picker = new DatePicker(getTranslation(labelKey));
        picker.setI18n(new DatePicker.DatePickerI18n().setBadInputErrorMessage(getTranslation("input.date.unreadable")));
        return picker;
    }
}
