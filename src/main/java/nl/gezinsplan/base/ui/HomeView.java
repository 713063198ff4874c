package nl.gezinsplan.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.Role;

/** The address everyone lands on after logging in: it sends each role to its own home page. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    static final Map<Role, String> HOME_OF = Map.of(
            Role.CONSULTANT, "werk",
            Role.MANAGER, "team",
            Role.PANEL, "werkvoorraad",
            Role.FAMILY, "mijn-gezin",
            Role.ADMIN, "beheer/gebruikers");

    private final CurrentUser currentUser;

    public HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        currentUser.get().ifPresentOrElse(
                user -> event.forwardTo(HOME_OF.get(user.role())),
                () -> event.forwardTo(LoginView.class));
    }
}
