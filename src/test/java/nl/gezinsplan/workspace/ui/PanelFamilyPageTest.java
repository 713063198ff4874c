package nl.gezinsplan.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.workspace.TestStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A member of the "nee, tenzij" panel reads a family file to judge a request, and changes nothing in it: the page
 * offers them no action the services would refuse (editing the plan, handing the family to another contact person).
 */
class PanelFamilyPageTest extends ViewTest {

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    TestStaff staff;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPanelMemberReadsTheFamilyButIsOfferedNothingTheyMayNotDo() {
        Family family = testFamilies.registeredBy("anna", "Paneldossier");
        jdbc.sql("insert into family_team (family_id, team_code) values (:id, 'jeugd')")
                .param("id", family.getId()).update();
        String panelMember = staff.user("panel" + System.nanoTime(), "Pim", "Panel", Role.PANEL, "jeugd");
        SignIn.as(users, panelMember);
        loginAs(panelMember);

        UI.getCurrent().navigate(FamilyView.class, family.getId());

        assertThat(_get(H1.class).getText()).isEqualTo("Gezin Paneldossier");
        _assertNone(Button.class, spec -> spec.withText("Plan bewerken"));
        _assertNone(ComboBox.class, spec -> spec.withLabel("Overdragen aan"));
        _assertNone(Button.class, spec -> spec.withText("Overdragen"));
    }
}
