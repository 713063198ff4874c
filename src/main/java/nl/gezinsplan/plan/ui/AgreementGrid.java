package nl.gezinsplan.plan.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import nl.gezinsplan.plan.Agreement;

/** The agreements of a plan: who does what, by when. */
class AgreementGrid extends Grid<Agreement> {

    AgreementGrid() {
        addColumn(Agreement::party).setHeader(getTranslation("plan.agreement.party")).setAutoWidth(true);
        addColumn(Agreement::action).setHeader(getTranslation("plan.agreement.action")).setFlexGrow(2);
        addColumn(agreement -> PlanFormat.date(agreement.dueDate(), getLocale()))
                .setHeader(getTranslation("plan.agreement.due-date")).setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
    }
}
