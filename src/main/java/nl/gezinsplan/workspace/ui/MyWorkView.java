package nl.gezinsplan.workspace.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.security.UserDirectory;

/**
 * A consultant's home: the way to their inbox, the families they are contact person for, and the colleagues who can
 * do a four-eyes check.
 */
@Route("werk")
@Menu(title = "nav.work", order = 1, icon = "vaadin:tasks")
@RolesAllowed(Role.CONSULTANT_NAME)
public class MyWorkView extends VerticalLayout implements HasDynamicTitle {

    public MyWorkView(CurrentUser currentUser, UserDirectory directory, Families families, InboxCount inbox) {
        DirectoryUser user = currentUser.require();
        long caseload = families.myCaseloadSize();
        FamilyList myFamilies = new FamilyList(families::myCaseload);
        myFamilies.setId("my-families");
        myFamilies.setHeight("24rem");
        RouterLink toInbox = new RouterLink(getTranslation("inbox.to-inbox", inbox.count()), InboxView.class);
        toInbox.setId("to-inbox");
        add(new H1(getTranslation("work.title")),
                new Paragraph(getTranslation("work.welcome", user.firstName())),
                toInbox,
                new H2(getTranslation("work.caseload", caseload)),
                myFamilies,
                new TeamsPanel(user, directory));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("work.title");
    }
}
