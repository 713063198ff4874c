package nl.gezinsplan.workspace.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.stream.Collectors;
import nl.gezinsplan.base.form.ColumnSets;
import nl.gezinsplan.family.FamilySummary;

/**
 * Families in a grid that pages lazily through the database; a click opens the family. Each line names the members
 * with their birth years, so two families of the same name can be told apart. The list is not counted: a manager's
 * search over a big city's families would wait on the count far longer than on the page, and the grid knows its end
 * once a page comes back short.
 */
class FamilyList extends Grid<FamilySummary> {

    interface Page {
        List<FamilySummary> fetch(int offset, int limit);
    }

    private final Registration opening;

    FamilyList(Page page) {
        addColumn(FamilySummary::name).setHeader(getTranslation("workspace.family.name")).setFlexGrow(1)
                .setKey("name");
        addColumn(this::members).setHeader(getTranslation("workspace.family.members")).setFlexGrow(3)
                .setTooltipGenerator(this::members).setKey("members");
        addColumn(FamilySummary::address).setHeader(getTranslation("workspace.family.address")).setFlexGrow(2)
                .setKey("address");
        addColumn(FamilySummary::district).setHeader(getTranslation("workspace.family.district")).setKey("district");
        addColumn(FamilySummary::contactPerson).setHeader(getTranslation("workspace.family.contact"))
                .setKey("contactPerson");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        new ColumnSets(this, "name", "members", "match");
        setItems(query -> page.fetch(query.getOffset(), query.getLimit()).stream());
        opening = addItemClickListener(click -> getUI()
                .ifPresent(ui -> ui.navigate(FamilyView.class, click.getItem().id())));
    }

    /** A click selects the family rather than opening it, for screens that act on the chosen family. */
    void chooseInsteadOfOpening() {
        opening.remove();
    }

    /** Adds a column that says why the search found each family. */
    void showWhatMatched() {
        addColumn(this::match).setHeader(getTranslation("workspace.search.match")).setFlexGrow(2).setKey("match");
    }

    String members(FamilySummary family) {
        return family.members().stream()
                .map(member -> getTranslation("workspace.family.member", member.name(), String.valueOf(member.birthYear())))
                .collect(Collectors.joining(", "));
    }

    String match(FamilySummary family) {
        return family.match() == null ? ""
                : getTranslation("workspace.search.match." + family.match().field().name(), family.match().member());
    }
}
