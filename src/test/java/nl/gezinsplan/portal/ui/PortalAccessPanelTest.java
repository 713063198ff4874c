package nl.gezinsplan.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.family.FamilyAccounts;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.security.UserDirectory;
import nl.gezinsplan.workflow.TestRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The family page's portal tab: Sam is the parent of family "Route", Kim their child of 12. */
class PortalAccessPanelTest extends ViewTest {

    @Autowired
    TestRoutes routes;

    @Autowired
    TestMembers members;

    @Autowired
    FamilyAccounts familyAccounts;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theConsultantInvitesAParentAndSeesTheCodeToPassOn() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        openPortalTabAs("anna", request);
        assertThat(row(0)).contains("Geen toegang");
        assertThat(row(1)).contains("Jonger dan 16");
        assertThat(buttonsOf(1)).as("no invitation for a child of 12").isEmpty();

        _click(button(0, "Uitnodigen"));
        _click(_get(Button.class, spec -> spec.withId("invitation-create")));

        Dialog dialog = _get(Dialog.class);
        String code = _get(dialog, TextField.class, spec -> spec.withId("invitation-code")).getValue();
        assertThat(code).matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}");
        assertThat(_get(dialog, TextField.class, spec -> spec.withId("invitation-link")).getValue())
                .isEqualTo("http://localhost:8080/activeren?code=" + code);
        assertThat(_find(dialog, Paragraph.class)).extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).startsWith("Geef de code of de link zelf aan Sam Route"));
        assertThat(row(0)).contains("Uitgenodigd tot");
        assertThat(_find(dialog, Paragraph.class)).extracting(Paragraph::getText)
                .noneSatisfy(text -> assertThat(text).contains("per e-mail"));
    }

    @Test
    void theConsultantInvitesAParentByEMailAndStillSeesTheCode() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        openPortalTabAs("anna", request);
        _click(button(0, "Uitnodigen"));
        EmailField email = _get(EmailField.class, spec -> spec.withId("invitation-email"));

        email.setValue("geen-adres");
        _click(_get(Button.class, spec -> spec.withId("invitation-create")));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).startsWith("Vul een geldig e-mailadres in");
        assertThat(email.getValue()).as("the input is kept").isEqualTo("geen-adres");
        assertThat(row(0)).contains("Geen toegang");

        email.setValue("sam.route@example.org");
        _click(_get(Button.class, spec -> spec.withId("invitation-create")));

        Dialog dialog = _get(Dialog.class);
        assertThat(_get(dialog, TextField.class, spec -> spec.withId("invitation-code")).getValue()).isNotBlank();
        assertThat(_find(dialog, Paragraph.class)).extracting(Paragraph::getText)
                .contains("Gezinsplan stuurt de link ook per e-mail naar sam.route@example.org.");
    }

    @Test
    void theConsultantStopsAMembersAccessAfterConfirming() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        long parentId = jdbc.sql("select min(id) from person where family_id = :id")
                .param("id", request.getFamilyId()).query(Long.class).single();
        String login = members.portalLogin(parentId);
        openPortalTabAs("anna", request);
        assertThat(row(0)).contains("Actief sinds");

        _click(button(0, "Toegang stoppen"));
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Ja, toegang stoppen")));

        NotificationsKt.expectNotifications("Sam Route heeft geen toegang meer tot het portaal.");
        assertThat(row(0)).contains("Geen toegang");
        assertThat(familyAccounts.activeLoginOf(parentId)).isEmpty();
        assertThat(directory.findUser(login)).as("the login is disabled").hasValueSatisfying(
                user -> assertThat(user.active()).isFalse());
    }

    @Test
    void aManagerSeesTheAccessButChangesNothing() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        openPortalTabAs("marieke", request);

        assertThat(row(0)).contains("Geen toegang");
        assertThat(grid().getColumnByKey("actions")).isNull();
    }

    private void openPortalTabAs(String user, Request request) {
        loginAs(user);
        navigate("gezinnen/" + request.getFamilyId());
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Portaal")));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid() {
        return _get(Grid.class, spec -> spec.withId("portal-access"));
    }

    private static String row(int index) {
        return String.join(" | ", GridKt._getFormattedRow(grid(), index));
    }

    private static java.util.List<Button> buttonsOf(int index) {
        Component actions = GridKt._getCellComponent(grid(), index, "actions");
        return _find(actions, Button.class);
    }

    private static Button button(int index, String text) {
        return buttonsOf(index).stream().filter(button -> button.getText().equals(text)).findFirst().orElseThrow();
    }
}
