package nl.gezinsplan.plan.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;
import java.util.List;
import java.util.stream.Collectors;
import nl.gezinsplan.plan.PlanComparison.ItemChange;
import nl.gezinsplan.plan.PlanItem;

/** One section of a comparison: per item whether it was added, removed, changed or kept, and what changed. */
class ChangeGrid<T extends PlanItem> extends Grid<ItemChange<T>> {

    ChangeGrid(List<ItemChange<T>> changes, ValueProvider<T, String> summary) {
        addColumn(change -> getTranslation("plan.change." + change.kind())).setHeader(getTranslation("plan.change"))
                .setAutoWidth(true);
        addColumn(change -> summary.apply(change.item())).setHeader(getTranslation("plan.change.item")).setFlexGrow(2);
        addColumn(change -> change.changedFields().stream()
                .map(field -> getTranslation("plan.field." + field))
                .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("plan.change.fields"));
        setItems(changes);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
    }
}
