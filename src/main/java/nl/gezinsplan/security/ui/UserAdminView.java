package nl.gezinsplan.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import nl.gezinsplan.security.AccountRefused;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.PasswordResets;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.security.StaffAdministration;
import nl.gezinsplan.security.TeamAdministration;
import nl.gezinsplan.security.TwoFactor;
import nl.gezinsplan.security.UserDirectory.Activity;
import nl.gezinsplan.security.UserFilter;

/**
 * The administrator's home: every user with role, teams, status and lock; staff members are created, changed,
 * deactivated and reactivated here, family members' accounts (from portal invitations) only unlocked.
 */
@Route("beheer/gebruikers")
@Menu(title = "nav.users", order = 1, icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
public class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    /** Where the hand-over of a leaving user's work lives (the workspace module's screen, by path). */
    static final String HANDOVER_PATH = "beheer/overdracht/";

    private final StaffAdministration staff;
    private final TeamAdministration teams;
    private final PasswordResets resets;
    private final TwoFactor twoFactor;
    private final Clock clock;
    private final String me;
    private final Grid<DirectoryUser> grid = new Grid<>();
    private final Select<Activity> activity = new Select<>();
    private UserFilter filter = UserFilter.ALL;

    public UserAdminView(StaffAdministration staff, TeamAdministration teams, PasswordResets resets,
                         TwoFactor twoFactor, CurrentUser currentUser, Clock clock) {
        this.staff = staff;
        this.teams = teams;
        this.resets = resets;
        this.twoFactor = twoFactor;
        this.clock = clock;
        this.me = currentUser.require().username();
        setSizeFull();

        TextField search = new TextField(getTranslation("users.search"));
        search.setClearButtonVisible(true);
        search.setWidth("min(22em, 100%)");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> {
            filter = UserFilter.text(event.getValue());
            grid.getDataProvider().refreshAll();
        });
        activity.setLabel(getTranslation("users.show"));
        activity.setItems(Activity.values());
        activity.setItemLabelGenerator(value -> getTranslation("users.show." + value.name()));
        activity.setValue(Activity.ACTIVE);
        activity.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        Button create = new Button(getTranslation("users.create"), click -> openForm(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout tools = new HorizontalLayout(search, activity, create);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);

        Anchor cockpit = new Anchor("/camunda/app/cockpit/", getTranslation("users.engine"));
        cockpit.setRouterIgnore(true);
        HorizontalLayout links = new HorizontalLayout(new RouterLink(getTranslation("team-admin.title"), TeamAdminView.class),
                cockpit);
        links.setWrap(true);

        DateTimeFormatter lockFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(clock.getZone());
        grid.addColumn(DirectoryUser::username).setHeader(getTranslation("users.column.username"));
        grid.addColumn(DirectoryUser::fullName).setHeader(getTranslation("users.column.name"));
        grid.addColumn(user -> getTranslation("role." + user.role().name())).setHeader(getTranslation("users.column.role"));
        grid.addColumn(user -> String.join(", ", user.teamCodes().stream().sorted().toList()))
                .setHeader(getTranslation("users.column.teams"));
        grid.addColumn(user -> getTranslation(user.active() ? "users.status.active" : "users.status.inactive"))
                .setHeader(getTranslation("users.column.status"));
        grid.addColumn(user -> user.isLockedAt(clock.instant())
                        ? getTranslation("users.locked-until", lockFormat.format(user.lockedUntil())) : "")
                .setHeader(getTranslation("users.column.lock"));
        grid.addComponentColumn(user -> {
            HorizontalLayout actions = new HorizontalLayout();
            actions.setSpacing(false);
            actions.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
            rowActions(user).forEach(actions::add);
            return actions;
        }).setHeader(getTranslation("users.column.actions")).setKey("actions").setAutoWidth(true);
        grid.setItems(query -> staff.findUsers(filter, activity.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) staff.countUsers(filter, activity.getValue()));

        add(new H1(getTranslation("users.title")), tools, links, grid);
        setFlexGrow(1, grid);
    }

    /** What the administrator can do with one user's account, in the order shown on its row. */
    protected List<Component> rowActions(DirectoryUser user) {
        List<Component> actions = new ArrayList<>();
        if (user.role() != Role.FAMILY) {
            actions.add(small(getTranslation("users.edit"), () -> openForm(user)));
            if (!user.active()) {
                actions.add(small(getTranslation("users.reactivate"), () -> reactivate(user)));
            } else if (!isMe(user)) {
                actions.add(small(getTranslation("users.deactivate"), () -> confirmDeactivation(user)));
            }
        }
        if (user.role() != Role.FAMILY && user.active() && !isMe(user)) {
            // one's own account: another administrator issues the code
            actions.add(small(getTranslation("users.reset"), () -> issueResetCode(user)));
        }
        if (!isMe(user) && twoFactor.isEnrolled(user.username())) {
            Button resetTwoFactor = small(getTranslation("users.two-factor.reset"), () -> resetTwoFactor(user));
            resetTwoFactor.setAriaLabel(getTranslation("users.two-factor.reset.label", user.fullName()));
            actions.add(resetTwoFactor);
        }
        if (user.isLockedAt(clock.instant())) {
            actions.add(small(getTranslation("users.unlock"), () -> {
                staff.unlock(user.username());
                Notification.show(getTranslation("users.unlocked", user.fullName()));
                refresh();
            }));
        }
        return actions;
    }

    private void openForm(DirectoryUser user) {
        new UserDialog(staff, teams.teams(), user, user != null && isMe(user), saved -> {
            Notification.show(getTranslation(user == null ? "users.created" : "users.saved", saved.fullName()));
            refresh();
        }).open();
    }

    private void confirmDeactivation(DirectoryUser user) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("users.deactivate.title", user.fullName()),
                getTranslation("users.deactivate.text", user.fullName()), getTranslation("users.deactivate"),
                event -> deactivate(user));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("users.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void deactivate(DirectoryUser user) {
        try {
            staff.deactivate(user.username());
            Notification.show(getTranslation("users.deactivated", user.fullName()));
            refresh();
        } catch (AccountRefused refused) {
            Notification notice = new Notification();
            notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notice.add(new Span(getTranslation(refused.messageKey())));
            if (refused.messageKey().equals("security.staff.holds-work")) {
                Anchor handOver = new Anchor(HANDOVER_PATH + user.username(), getTranslation("users.hand-over"));
                handOver.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
                notice.add(handOver);
            }
            Button close = new Button(getTranslation("users.close"), click -> notice.close());
            close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            notice.add(close);
            notice.setPosition(Notification.Position.MIDDLE);
            notice.open();
        }
    }

    private void reactivate(DirectoryUser user) {
        staff.reactivate(user.username());
        Notification.show(getTranslation("users.reactivated", user.fullName()));
        refresh();
    }

    private boolean isMe(DirectoryUser user) {
        return user.username().equalsIgnoreCase(me);
    }

    private void issueResetCode(DirectoryUser user) {
        try {
            new ResetCodeDialog(resets.issue(user.username()), user, clock).open();
        } catch (AccountRefused refused) {
            Notification.show(getTranslation(refused.messageKey()));
        }
    }

    /** The user enrols again at their next login: for a lost phone. */
    private void resetTwoFactor(DirectoryUser user) {
        try {
            twoFactor.reset(user.username());
            Notification.show(getTranslation("users.two-factor.was-reset", user.fullName()));
            refresh();
        } catch (AccountRefused refused) {
            Notification.show(getTranslation(refused.messageKey()));
        }
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private static Button small(String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
