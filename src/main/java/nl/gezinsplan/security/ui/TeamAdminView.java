package nl.gezinsplan.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gezinsplan.security.AccountRefused;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.security.SecurityLimits;
import nl.gezinsplan.security.Team;
import nl.gezinsplan.security.TeamAdministration;

/**
 * The teams: created and renamed by the administrator. A team's code is fixed when it is made (it is the engine's
 * group of the team's tasks); its name may change.
 */
@Route("beheer/teams")
@Menu(title = "nav.teams", order = 1.5, icon = "vaadin:group")
@RolesAllowed(Role.ADMIN_NAME)
public class TeamAdminView extends VerticalLayout implements HasDynamicTitle {

    private final TeamAdministration teams;
    private final Grid<Team> grid = new Grid<>();

    public TeamAdminView(TeamAdministration teams) {
        this.teams = teams;
        grid.addColumn(Team::name).setHeader(getTranslation("team-admin.column.name"));
        grid.addColumn(Team::code).setHeader(getTranslation("team-admin.column.code"));
        grid.addComponentColumn(team -> {
            Button rename = new Button(getTranslation("team-admin.rename"), click -> openRename(team));
            rename.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return rename;
        }).setKey("rename");
        grid.setAllRowsVisible(true);
        refresh();

        TextField name = nameField();
        TextField code = new TextField(getTranslation("team-admin.field.code"));
        code.setMaxLength(SecurityLimits.TEAM_CODE);
        code.setHelperText(getTranslation("team-admin.field.code.help"));
        Button create = new Button(getTranslation("team-admin.create"), click -> {
            try {
                Team team = teams.create(code.getValue(), name.getValue());
                Notification.show(getTranslation("team-admin.created", team.name()));
                name.clear();
                code.clear();
                name.setInvalid(false);
                code.setInvalid(false);
                refresh();
            } catch (AccountRefused refused) {
                TextField field = refused.messageKey().contains(".code.") ? code : name;
                (field == code ? name : code).setInvalid(false);
                field.setErrorMessage(getTranslation(refused.messageKey()));
                field.setInvalid(true);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, code, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        add(new H1(getTranslation("team-admin.title")), grid, new H2(getTranslation("team-admin.create")), form);
    }

    private void openRename(Team team) {
        Dialog dialog = new Dialog(getTranslation("team-admin.rename.title", team.name()));
        TextField name = nameField();
        name.setValue(team.name());
        Button save = new Button(getTranslation("team-admin.rename"), click -> {
            try {
                Team renamed = teams.rename(team.code(), name.getValue());
                dialog.close();
                Notification.show(getTranslation("team-admin.renamed", renamed.name()));
                refresh();
            } catch (AccountRefused refused) {
                name.setErrorMessage(getTranslation(refused.messageKey()));
                name.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("users.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private TextField nameField() {
        TextField name = new TextField(getTranslation("team-admin.field.name"));
        name.setMaxLength(SecurityLimits.TEAM_NAME);
        name.setRequiredIndicatorVisible(true);
        return name;
    }

    private void refresh() {
        grid.setItems(teams.teams());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team-admin.title");
    }
}
