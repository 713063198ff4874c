package nl.gezinsplan.benefit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import nl.gezinsplan.benefit.Measure;
import nl.gezinsplan.benefit.Measures;
import nl.gezinsplan.casework.ProvisionLine;
import nl.gezinsplan.casework.ui.Formats;

/**
 * The measures (maatregelen) on a family's rights to income support, newest first, and for a consultant with access
 * "Maatregel opleggen" while a right runs. Part of the family page, beside the provisions.
 */
public class MeasuresPanel extends VerticalLayout {

    private final Measures measures;
    private final long familyId;
    private final Grid<Measure> grid = new Grid<>();
    private final Paragraph none = new Paragraph();
    private final boolean relevant;

    public MeasuresPanel(Measures measures, long familyId, Map<Long, String> memberNames) {
        this.measures = measures;
        this.familyId = familyId;
        setPadding(false);
        List<ProvisionLine> rights = measures.rightsOf(familyId);
        Button impose = new Button(getTranslation("benefit.measure.impose"),
                click -> new MeasureDialog(measures, measures.rightsOf(familyId), () -> refresh()).open());
        impose.setId("impose-measure");
        impose.setVisible(!rights.isEmpty() && measures.mayImpose(familyId));

        grid.addColumn(measure -> memberNames.get(measure.getPersonId()))
                .setHeader(getTranslation("benefit.measures.person")).setAutoWidth(true);
        grid.addColumn(measure -> getTranslation("benefit.measure.obligation." + measure.getObligation().name()))
                .setHeader(getTranslation("benefit.measure.obligation")).setFlexGrow(1);
        grid.addColumn(measure -> getTranslation("benefit.measures.percentage.value", measure.getPercentage()))
                .setHeader(getTranslation("benefit.measures.percentage")).setAutoWidth(true);
        grid.addColumn(measure -> getTranslation("benefit.measures.period.value",
                        Formats.date(measure.getStartsOn(), getLocale()), Formats.date(measure.endsOn(), getLocale())))
                .setHeader(getTranslation("benefit.measures.period")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setId("measures");
        none.setText(getTranslation("benefit.measures.none"));
        add(impose, none, grid);
        relevant = refresh() || !rights.isEmpty();
    }

    /** Whether the family has a right to income support or had measures: the family page shows the panel only then. */
    public boolean isRelevant() {
        return relevant;
    }

    /** Lists the measures; returns whether there are any. */
    private boolean refresh() {
        List<Measure> list = measures.ofFamily(familyId);
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        none.setVisible(list.isEmpty());
        return !list.isEmpty();
    }
}
