package nl.gezinsplan.workspace.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.LongSupplier;
import nl.gezinsplan.family.FamilySummary;

/** Families in a grid that pages lazily through the database; a click opens the family. */
class FamilyList extends Grid<FamilySummary> {

    interface Page {
        List<FamilySummary> fetch(int offset, int limit);
    }

    private final Registration opening;

    FamilyList(Page page, LongSupplier count) {
        addColumn(FamilySummary::name).setHeader(getTranslation("workspace.family.name")).setFlexGrow(2);
        addColumn(FamilySummary::address).setHeader(getTranslation("workspace.family.address")).setFlexGrow(2);
        addColumn(FamilySummary::district).setHeader(getTranslation("workspace.family.district"));
        addColumn(FamilySummary::members).setHeader(getTranslation("workspace.family.members")).setFlexGrow(0);
        addColumn(FamilySummary::contactPerson).setHeader(getTranslation("workspace.family.contact"));
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setItems(new CallbackDataProvider<>(
                query -> page.fetch(query.getOffset(), query.getLimit()).stream(),
                query -> (int) count.getAsLong()));
        opening = addItemClickListener(click -> getUI()
                .ifPresent(ui -> ui.navigate(FamilyView.class, click.getItem().id())));
    }

    /** A click selects the family rather than opening it, for screens that act on the chosen family. */
    void chooseInsteadOfOpening() {
        opening.remove();
    }
}
