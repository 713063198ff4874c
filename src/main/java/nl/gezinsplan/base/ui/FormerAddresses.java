package nl.gezinsplan.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/**
 * The English addresses some pages had before all addresses became Dutch, as users read them: a bookmark of one opens
 * the page under its Dutch address (the page's own access rules apply there), instead of a page that is not found.
 */
@Route(value = "login", autoLayout = false)
@RouteAlias(value = "inbox", autoLayout = false)
@RouteAlias(value = "audit", autoLayout = false)
@RouteAlias(value = "monitor/import", autoLayout = false)
@AnonymousAllowed
public class FormerAddresses extends Div implements BeforeEnterObserver {

    /** Former address, current address; the login page's is the root, which leads to the login or the home page. */
    static final Map<String, String> MOVED = Map.of(
            "login", "",
            "inbox", "werkvoorraad",
            "audit", "inzagelog",
            "monitor/import", "monitor/importeren");

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(MOVED.getOrDefault(event.getLocation().getPath(), ""));
    }
}
