package nl.gezinsplan.workspace.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.gezinsplan.security.AccessGroup;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.UserDirectory;
import nl.gezinsplan.security.UserFilter;

/** The teams a user works in, each with its members (paged lazily from the directory). */
class TeamsPanel extends VerticalLayout {

    TeamsPanel(DirectoryUser user, UserDirectory directory) {
        setPadding(false);
        directory.groups().stream()
                .filter(group -> group.kind() == AccessGroup.Kind.TEAM && user.teamCodes().contains(group.id()))
                .forEach(team -> add(new H2(getTranslation("teams.team", team.name())), members(team, directory)));
    }

    private Grid<DirectoryUser> members(AccessGroup team, UserDirectory directory) {
        UserFilter members = UserFilter.group(team.id());
        Grid<DirectoryUser> grid = new Grid<>();
        grid.addColumn(DirectoryUser::fullName).setHeader(getTranslation("teams.column.name"));
        grid.addColumn(member -> getTranslation("role." + member.role().name())).setHeader(getTranslation("teams.column.role"));
        grid.addColumn(DirectoryUser::email).setHeader(getTranslation("teams.column.email"));
        grid.setItems(query -> directory.findUsers(members, query.getOffset(), query.getLimit()).stream(),
                query -> (int) directory.countUsers(members));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setId("team-" + team.id());
        return grid;
    }
}
