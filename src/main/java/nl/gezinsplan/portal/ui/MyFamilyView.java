package nl.gezinsplan.portal.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.Role;

/** A family member's home in the portal. */
@Route("mijn-gezin")
@Menu(title = "nav.portal", order = 1, icon = "vaadin:home")
@RolesAllowed(Role.FAMILY_NAME)
public class MyFamilyView extends VerticalLayout implements HasDynamicTitle {

    public MyFamilyView(CurrentUser currentUser) {
        addClassName("portal");
        add(new H1(getTranslation("portal.title")),
                new Paragraph(getTranslation("portal.welcome", currentUser.require().firstName())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.title");
    }
}
