package nl.gezinsplan.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.gezinsplan.security.AccountRefused;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.PasswordResets;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.security.TwoFactor;
import nl.gezinsplan.security.UserAccounts;
import nl.gezinsplan.security.UserFilter;

/** The administrator's home: every user with role, teams and lock, and the way into the engine's webapps. */
@Route("beheer/gebruikers")
@Menu(title = "nav.users", order = 1, icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
public class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    private final UserAccounts accounts;
    private final PasswordResets resets;
    private final TwoFactor twoFactor;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Grid<DirectoryUser> grid = new Grid<>();
    private UserFilter filter = UserFilter.ALL;

    public UserAdminView(UserAccounts accounts, PasswordResets resets, TwoFactor twoFactor, CurrentUser currentUser,
                         Clock clock) {
        this.accounts = accounts;
        this.resets = resets;
        this.twoFactor = twoFactor;
        this.currentUser = currentUser;
        this.clock = clock;
        setSizeFull();

        TextField search = new TextField();
        search.setPlaceholder(getTranslation("users.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> {
            filter = UserFilter.text(event.getValue());
            grid.getDataProvider().refreshAll();
        });
        Anchor cockpit = new Anchor("/camunda/app/cockpit/", getTranslation("users.engine"));
        cockpit.setRouterIgnore(true);

        DateTimeFormatter lockFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(clock.getZone());
        grid.addColumn(DirectoryUser::username).setHeader(getTranslation("users.column.username"));
        grid.addColumn(DirectoryUser::fullName).setHeader(getTranslation("users.column.name"));
        grid.addColumn(user -> getTranslation("role." + user.role().name())).setHeader(getTranslation("users.column.role"));
        grid.addColumn(user -> String.join(", ", user.teamCodes().stream().sorted().toList()))
                .setHeader(getTranslation("users.column.teams"));
        grid.addColumn(user -> user.isLockedAt(clock.instant())
                        ? getTranslation("users.locked-until", lockFormat.format(user.lockedUntil())) : "")
                .setHeader(getTranslation("users.column.lock"));
        grid.addComponentColumn(this::unlockButton);
        grid.addComponentColumn(this::resetButton).setKey("reset");
        grid.addComponentColumn(this::resetTwoFactorButton).setKey("two-factor");
        grid.setItems(query -> accounts.findUsers(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) accounts.countUsers(filter));

        add(new H1(getTranslation("users.title")), new HorizontalLayout(search, cockpit), grid);
        setFlexGrow(1, grid);
    }

    private Button unlockButton(DirectoryUser user) {
        Button unlock = new Button(getTranslation("users.unlock"), click -> {
            accounts.unlock(user.username());
            Notification.show(getTranslation("users.unlocked", user.fullName()));
            grid.getDataProvider().refreshAll();
        });
        unlock.addThemeVariants(ButtonVariant.LUMO_SMALL);
        unlock.setVisible(user.isLockedAt(clock.instant()));
        return unlock;
    }

    /** Not for one's own account: another administrator issues that. */
    private Button resetButton(DirectoryUser user) {
        Button reset = new Button(getTranslation("users.reset"), click -> {
            try {
                new ResetCodeDialog(resets.issue(user.username()), user, clock).open();
            } catch (AccountRefused refused) {
                Notification.show(getTranslation(refused.messageKey()));
            }
        });
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reset.setVisible(currentUser.username().filter(me -> !me.equalsIgnoreCase(user.username())).isPresent());
        return reset;
    }

    /** The user enrols again at their next login: for a lost phone. */
    private Button resetTwoFactorButton(DirectoryUser user) {
        Button reset = new Button(getTranslation("users.two-factor.reset"), click -> {
            twoFactor.reset(user.username());
            Notification.show(getTranslation("users.two-factor.was-reset", user.fullName()));
            grid.getDataProvider().refreshAll();
        });
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reset.setAriaLabel(getTranslation("users.two-factor.reset.label", user.fullName()));
        reset.setVisible(twoFactor.isEnrolled(user.username()));
        return reset;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
