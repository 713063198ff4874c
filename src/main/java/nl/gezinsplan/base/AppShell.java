package nl.gezinsplan.base;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;

/**
 * Styling comes from {@code frontend/styles/app.css}, served as a static resource and linked from every page: no npm
 * build, so dev and production mode both use Vaadin's pre-compiled bundles (see README, "Styling"). Vaadin 24.9
 * does not yet inject an app shell's {@code @StyleSheet} into the page, hence the explicit link.
 * <p>
 * Server push lets an open screen change when someone else changed what it shows ({@link nl.gezinsplan.base.LiveUpdates}):
 * over a websocket, or long polling where a proxy lets no websocket through (README, "Live screens").
 */
@Push
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("stylesheet", "styles/app.css");
        settings.addFavIcon("icon", "images/favicon.svg", "any");
    }
}
