package nl.gezinsplan.plan.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import nl.gezinsplan.plan.Involved;

/** Everyone involved with the family: professionals and the family's own network. */
class InvolvedGrid extends Grid<Involved> {

    InvolvedGrid() {
        addColumn(Involved::name).setHeader(getTranslation("plan.involved.name"));
        addColumn(Involved::organisation).setHeader(getTranslation("plan.involved.organisation"));
        addColumn(Involved::role).setHeader(getTranslation("plan.involved.role"));
        addColumn(involved -> getTranslation("plan.involved.kind." + involved.kind()))
                .setHeader(getTranslation("plan.involved.kind"));
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
    }
}
