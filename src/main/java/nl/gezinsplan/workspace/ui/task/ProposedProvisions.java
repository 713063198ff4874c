package nl.gezinsplan.workspace.ui.task;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import nl.gezinsplan.casework.ProvisionLine;
import nl.gezinsplan.casework.ProvisionStatus;
import nl.gezinsplan.casework.ui.Formats;

/**
 * The provisions proposed for a request, with their volume, period and cost per year; not the care a crisis's
 * provisional decision already granted, which the final decision replaces.
 */
class ProposedProvisions extends Grid<ProvisionLine> {

    ProposedProvisions() {
        addColumn(line -> line.productCode() + " " + line.productName())
                .setHeader(getTranslation("casework.provisions.product")).setFlexGrow(1);
        addColumn(line -> Formats.provider(line, this)).setHeader(getTranslation("casework.provisions.provider")).setFlexGrow(1);
        addColumn(line -> getTranslation("casework.volume." + line.unit().name(), line.volume()) + " "
                + getTranslation("casework.frequency." + line.frequency().name()))
                .setHeader(getTranslation("casework.provisions.volume")).setAutoWidth(true);
        addColumn(line -> Formats.date(line.allocationStart(), getLocale()) + " – "
                + (line.allocationEnd() == null ? "" : Formats.date(line.allocationEnd(), getLocale())))
                .setHeader(getTranslation("casework.provisions.period")).setAutoWidth(true);
        addColumn(line -> Formats.euros(line.costPerYear(), getLocale()))
                .setHeader(getTranslation("casework.provisions.cost")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
    }

    void show(List<ProvisionLine> lines) {
        setItems(lines.stream().filter(line -> line.status() == ProvisionStatus.PROPOSED).toList());
    }
}
