package nl.gezinsplan.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.security.Team;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TeamAdminViewTest extends ViewTest {

    @BeforeEach
    void openTheTeams() {
        loginAs("beheer");
        navigate("beheer/teams");
    }

    @Test
    void theAdministratorCreatesATeamWithACodeFromItsNameAndRenamesIt() {
        String name = "Jeugd Oost " + System.nanoTime() % 100_000;
        _setValue(_get(TextField.class, spec -> spec.withLabel("Naam van het team")), name);
        _click(_get(Button.class, spec -> spec.withText("Nieuw team")));

        String code = name.toLowerCase().replace(' ', '-');
        assertThat(teams()).contains(new Team(code, name));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Naam van het team")).getValue()).isEmpty();

        int row = teams().indexOf(new Team(code, name));
        _click(_get(GridKt._getCellComponent(grid(), row, "rename"), Button.class, spec -> spec.withText("Naam wijzigen")));
        _setValue(_get(_get(Dialog.class), TextField.class, spec -> spec.withLabel("Naam van het team")), name + " Zuid");
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Naam wijzigen")));

        _assertNone(Dialog.class);
        assertThat(teams()).contains(new Team(code, name + " Zuid"));
    }

    @Test
    void aTakenNameAndABadCodeAreRefusedOnTheirFieldsAndTheInputIsKept() {
        TextField name = _get(TextField.class, spec -> spec.withLabel("Naam van het team"));
        TextField code = _get(TextField.class, spec -> spec.withLabel("Code (optioneel)"));
        _setValue(name, "wmo");
        _click(_get(Button.class, spec -> spec.withText("Nieuw team")));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Er is al een team met deze naam.");
        assertThat(name.getValue()).isEqualTo("wmo");

        _setValue(name, "Nieuw " + System.nanoTime());
        _setValue(code, "Manager-X");
        _click(_get(Button.class, spec -> spec.withText("Nieuw team")));

        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).startsWith("Kies een code van hoogstens 32 tekens");
        assertThat(name.isInvalid()).isFalse();
        assertThat(code.getValue()).isEqualTo("Manager-X");
    }

    private java.util.List<Team> teams() {
        return GridKt._findAll(grid());
    }

    @SuppressWarnings("unchecked")
    private Grid<Team> grid() {
        return _get(Grid.class);
    }
}
