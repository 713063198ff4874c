package nl.gezinsplan.base;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Styling comes from {@code frontend/styles/app.css}, served as a static resource: no npm build, so dev and
 * production mode both use Vaadin's pre-compiled bundles (see ../shared/STACK.md).
 */
@Theme(themeClass = Lumo.class)
@StyleSheet("context://styles/app.css")
public class AppShell implements AppShellConfigurator {
}
