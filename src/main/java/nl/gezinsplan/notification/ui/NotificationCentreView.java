package nl.gezinsplan.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.gezinsplan.base.ClockConfiguration;
import nl.gezinsplan.base.LiveUpdates;
import nl.gezinsplan.base.MenuCount;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.notification.Notification;
import nl.gezinsplan.notification.Notifications;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.Role;

/**
 * The notification centre (meldingen), opened from the bell: the user's own notifications, newest first, 20 at a time,
 * unread ones marked; opening one marks it read and goes to what it is about. From here the user marks all read and
 * chooses which kinds also come by e-mail.
 */
@Route(NotificationCentreView.PATH)
@RolesAllowed({Role.CONSULTANT_NAME, Role.MANAGER_NAME, Role.PANEL_NAME, Role.ADMIN_NAME})
public class NotificationCentreView extends VerticalLayout implements HasDynamicTitle {

    static final String PATH = "meldingen";

    private final Notifications notifications;
    private final Families families;
    private final Grid<Notification> grid = new Grid<>();
    /** The names of the families on the pages loaded, by id: only those the user may read. */
    private final Map<Long, String> familyNames = new HashMap<>();

    public NotificationCentreView(Notifications notifications, Families families, LiveUpdates live,
                                  CurrentUser currentUser) {
        this.notifications = notifications;
        this.families = families;
        addClassName("notification-centre");
        setSizeFull();

        Button allRead = new Button(getTranslation("notification.all-read"), VaadinIcon.CHECK.create(),
                click -> {
                    notifications.markAllRead();
                    refresh();
                });
        allRead.setId("notifications-all-read");
        Button emailChoices = new Button(getTranslation("notification.email.open"), VaadinIcon.ENVELOPE_O.create(),
                click -> new EmailChoicesDialog(notifications).open());
        emailChoices.setId("notifications-email");
        emailChoices.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(allRead, emailChoices);
        actions.setWrap(true);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);

        DateTimeFormatter moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ClockConfiguration.MUNICIPALITY_ZONE);
        grid.addComponentColumn(notification -> describe(notification, moments))
                .setHeader(getTranslation("notification.column.notification")).setFlexGrow(1).setKey("notification");
        grid.addComponentColumn(this::openButton).setHeader(getTranslation("notification.column.open"))
                .setAutoWidth(true).setFlexGrow(0).setKey("open");
        grid.setItems(query -> page(query.getOffset(), query.getLimit()).stream(),
                query -> (int) notifications.countMine());
        grid.setPageSize(20);
        grid.setEmptyStateText(getTranslation("notification.none"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.setId("notifications");
        grid.setAriaLabel(getTranslation("notification.title"));

        add(new H1(getTranslation("notification.title")), actions, grid);
        setFlexGrow(1, grid);
        currentUser.username().ifPresent(me -> live.listen(this, LiveUpdates.user(me), grid.getDataProvider()::refreshAll));
    }

    private List<Notification> page(int offset, int limit) {
        List<Notification> page = notifications.mine(offset, limit);
        List<Long> unnamed = page.stream().map(Notification::familyId).filter(Objects::nonNull)
                .filter(id -> !familyNames.containsKey(id)).distinct().toList();
        if (!unnamed.isEmpty()) {
            familyNames.putAll(families.names(unnamed, List.of()).families());
        }
        return page;
    }

    private Div describe(Notification notification, DateTimeFormatter moments) {
        Span kind = new Span(getTranslation("notification.kind." + notification.kind().name()));
        kind.addClassName("notification-kind");
        Div text = new Div(kind);
        if (notification.unread()) {
            Span unread = new Span(getTranslation("notification.unread"));
            unread.addClassName("notification-unread");
            text.addComponentAsFirst(unread);
        }
        String about = notification.about();
        String family = notification.familyId() == null ? null : familyNames.get(notification.familyId());
        if (family != null && !about.contains(family)) {
            about = about.isBlank() ? family : about + " · " + family;
        }
        Div line = new Div(new Span(about));
        Div time = new Div(new Span(moments.format(notification.createdAt())));
        time.addClassName("notification-time");
        Div cell = new Div(text, line, time);
        cell.addClassName(notification.unread() ? "notification-is-unread" : "notification-is-read");
        return cell;
    }

    private Button openButton(Notification notification) {
        Button open = new Button(getTranslation("notification.open"), click -> {
            notifications.markRead(notification.id());
            // a link may carry a query, such as the tab of a family page
            String[] pathAndQuery = notification.link().split("\\?", 2);
            UI.getCurrent().navigate(pathAndQuery[0], pathAndQuery.length == 2
                    ? QueryParameters.fromString(pathAndQuery[1]) : QueryParameters.empty());
        });
        open.getElement().setAttribute("aria-label", getTranslation("notification.open.about",
                getTranslation("notification.kind." + notification.kind().name()), notification.about()));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return open;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        getUI().ifPresent(MenuCount::recount);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title");
    }
}
