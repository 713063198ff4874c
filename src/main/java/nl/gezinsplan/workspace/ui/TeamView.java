package nl.gezinsplan.workspace.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.security.UserDirectory;

/** A team manager's home: the teams they lead. */
@Route("team")
@Menu(title = "nav.team", order = 2, icon = "vaadin:group")
@RolesAllowed(Role.MANAGER_NAME)
public class TeamView extends VerticalLayout implements HasDynamicTitle {

    public TeamView(CurrentUser currentUser, UserDirectory directory) {
        DirectoryUser user = currentUser.require();
        add(new H1(getTranslation("team.title")),
                new Paragraph(getTranslation("team.welcome", user.firstName())),
                new TeamsPanel(user, directory));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.title");
    }
}
