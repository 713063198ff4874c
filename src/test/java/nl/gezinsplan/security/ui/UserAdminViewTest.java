package nl.gezinsplan.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.security.Team;
import nl.gezinsplan.security.TestStaffAccounts;
import nl.gezinsplan.security.UserDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UserAdminViewTest extends ViewTest {

    private static final Team PROEF = new Team(TestStaffAccounts.TEAM, "Proef");

    @Autowired
    TestStaffAccounts testStaff;

    @Autowired
    UserDirectory directory;

    @Autowired
    TestFamilies testFamilies;

    @BeforeEach
    void openTheUsers() {
        loginAs("beheer");
        navigate("beheer/gebruikers");
    }

    @Test
    void theAdministratorCreatesAConsultantInATeam() {
        String username = TestStaffAccounts.newUsername("scherm");
        _click(_get(Button.class, spec -> spec.withText("Nieuwe gebruiker")));
        fillIn("Sara", "Scherm", username + "@gemeente.example", username);
        _setValue(_get(CheckboxGroup.class, spec -> spec.withLabel("Teams")), Set.of(PROEF));
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        _assertNone(Dialog.class);
        NotificationsKt.expectNotifications("Sara Scherm is aangemaakt. Geef een herstelcode uit, zodat Sara Scherm een"
                + " eigen wachtwoord kan kiezen.");
        assertThat(directory.findUser(username)).hasValueSatisfying(user -> {
            assertThat(user.role()).isEqualTo(Role.CONSULTANT);
            assertThat(user.teamCodes()).containsExactly(TestStaffAccounts.TEAM);
        });
        search(username);
        assertThat(GridKt._get(grid(), 0).username()).isEqualTo(username);
    }

    @Test
    void aTakenUserNameIsRefusedOnItsFieldAndTheInputIsKept() {
        _click(_get(Button.class, spec -> spec.withText("Nieuwe gebruiker")));
        fillIn("Anna", "Tweede", "anna2-" + System.nanoTime() + "@gemeente.example", "ANNA");
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        assertThat(_get(Dialog.class).isOpened()).isTrue();
        TextField username = _get(TextField.class, spec -> spec.withLabel("Gebruikersnaam"));
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("Deze gebruikersnaam is al in gebruik. Kies een andere.");
        assertThat(username.getValue()).isEqualTo("ANNA");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Achternaam")).getValue()).isEqualTo("Tweede");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aManagerWithoutATeamIsRefusedOnTheTeamsHeLeads() {
        String username = TestStaffAccounts.newUsername("manager");
        _click(_get(Button.class, spec -> spec.withText("Nieuwe gebruiker")));
        fillIn("Max", "Manager", username + "@gemeente.example", username);
        _setValue(_get(Select.class, spec -> spec.withLabel("Rol")), Role.MANAGER);
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        CheckboxGroup<Team> teams = _get(CheckboxGroup.class, spec -> spec.withLabel("Leidt de teams"));
        assertThat(teams.isInvalid()).isTrue();
        assertThat(teams.getErrorMessage()).startsWith("Een teammanager leidt minstens één team.");
        assertThat(directory.findUser(username)).isEmpty();
    }

    @Test
    void anInvalidEmailAddressIsRefusedOnItsField() {
        String username = TestStaffAccounts.newUsername("mail");
        _click(_get(Button.class, spec -> spec.withText("Nieuwe gebruiker")));
        fillIn("Mia", "Mail", "mia-at-gemeente", username);
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        EmailField email = _get(EmailField.class, spec -> spec.withLabel("E-mailadres"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).startsWith("Vul een geldig e-mailadres in");
        assertThat(email.getValue()).isEqualTo("mia-at-gemeente");
    }

    @Test
    void theAdministratorChangesAUsersTeams() {
        DirectoryUser user = testStaff.create("wissel", Role.CONSULTANT, TestStaffAccounts.TEAM);
        search(user.username());

        _click(rowButton("Wijzigen"));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Voornaam")), "Gewisseld");
        _setValue(_get(CheckboxGroup.class, spec -> spec.withLabel("Teams")),
                Set.of(PROEF, new Team(TestStaffAccounts.OTHER_TEAM, "Proef twee")));
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        _assertNone(Dialog.class);
        assertThat(directory.findUser(user.username()).orElseThrow())
                .extracting(DirectoryUser::firstName, DirectoryUser::teamCodes)
                .containsExactly("Gewisseld", Set.of(TestStaffAccounts.TEAM, TestStaffAccounts.OTHER_TEAM));
    }

    @Test
    void theAdministratorDeactivatesAfterConfirmingAndReactivatesFromTheDeactivatedList() {
        DirectoryUser user = testStaff.create("stop", Role.CONSULTANT, TestStaffAccounts.TEAM);
        search(user.username());

        _click(rowButton("Deactiveren"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(directory.findUser(user.username()).orElseThrow().active()).isFalse();
        assertThat(GridKt._size(grid())).isZero();
        _setValue(_get(Select.class, spec -> spec.withLabel("Tonen")), UserDirectory.Activity.INACTIVE);
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains(user.username(), "Gedeactiveerd");

        _click(rowButton("Weer activeren"));

        assertThat(directory.findUser(user.username()).orElseThrow().active()).isTrue();
    }

    @Test
    void deactivatingSomeoneWhoHoldsWorkIsRefusedWithAWayToHandItOver() {
        DirectoryUser user = testStaff.create("werk", Role.CONSULTANT, TestStaffAccounts.TEAM);
        testFamilies.registeredBy(user.username(), "Werk");
        loginAs("beheer");
        navigate("beheer/gebruikers");
        search(user.username());
        _click(rowButton("Deactiveren"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(directory.findUser(user.username()).orElseThrow().active()).isTrue();
        assertThat(_get(Anchor.class, spec -> spec.withText("Werk overdragen")).getHref())
                .isEqualTo("beheer/overdracht/" + user.username());
    }

    @Test
    void aFamilyMembersAccountIsListedWithoutEditing() {
        search("sanne");

        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("sanne", "Gezinslid");
        Component actions = GridKt._getCellComponent(grid(), 0, "actions");
        assertThat(actions.getChildren()).noneMatch(button -> button instanceof Button);
    }

    @Test
    void theAdministratorsOwnRowOffersNoDeactivationAndTheirRoleIsNotForChange() {
        search("beheer");
        int own = GridKt._findAll(grid()).stream().map(DirectoryUser::username).toList().indexOf("beheer");

        Component actions = GridKt._getCellComponent(grid(), own, "actions");
        assertThat(actions.getChildren().map(button -> ((Button) button).getText())).containsExactly("Wijzigen");
        _click(_get(actions, Button.class, spec -> spec.withText("Wijzigen")));
        assertThat(_get(Select.class, spec -> spec.withLabel("Rol")).isReadOnly()).isTrue();
    }

    private void fillIn(String firstName, String lastName, String email, String username) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Voornaam")), firstName);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Achternaam")), lastName);
        _setValue(_get(EmailField.class, spec -> spec.withLabel("E-mailadres")), email);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Gebruikersnaam")), username);
    }

    private void search(String text) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Zoek op naam of gebruikersnaam")), text);
    }

    private Button rowButton(String text) {
        return _get(GridKt._getCellComponent(grid(), 0, "actions"), Button.class, spec -> spec.withText(text));
    }

    @SuppressWarnings("unchecked")
    private Grid<DirectoryUser> grid() {
        return _get(Grid.class);
    }
}
