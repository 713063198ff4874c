package nl.gezinsplan.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import nl.gezinsplan.family.FamilyName;
import nl.gezinsplan.reporting.FamiliesBehind;
import nl.gezinsplan.reporting.Monitor;
import nl.gezinsplan.reporting.MonitorTexts;

/**
 * The families behind a number of the monitor: those the user may open, by name, each a link to its page, paged as
 * the list is scrolled; the others and the imported history only counted.
 */
class FamiliesBehindDialog extends Dialog {

    /** @param subject what the number is, as its table names it */
    FamiliesBehindDialog(Monitor monitor, MonitorTexts texts, String subject, FamiliesBehind behind) {
        setHeaderTitle(texts.text("monitor.behind.title", subject, texts.period(behind.period())));
        setWidth("min(40em, 100%)");
        add(new Paragraph(texts.text("monitor.behind.openable", behind.familyIds().length, behind.openable())));
        if (behind.others() > 0) {
            add(new Paragraph(texts.text("monitor.behind.others", behind.others())));
        }
        if (behind.historyProvisions() > 0) {
            add(new Paragraph(texts.text("monitor.behind.history", behind.historyProvisions())));
        }
        if (behind.openable() > 0) {
            Grid<FamilyName> families = new Grid<>();
            families.setId("monitor-behind-families");
            families.setAriaLabel(getHeaderTitle());
            families.addComponentColumn(family -> new Anchor("gezinnen/" + family.id(), family.name()))
                    .setKey("family").setHeader(texts.text("monitor.behind.family")).setAutoWidth(true);
            families.addColumn(FamilyName::address).setHeader(texts.text("monitor.behind.address"));
            families.setItems(query -> monitor.openableFamilies(behind, query.getOffset(), query.getLimit()).stream(),
                    query -> (int) behind.openable());
            families.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                    GridVariant.LUMO_WRAP_CELL_CONTENT);
            families.setHeight("20em");
            add(families);
        }
        Button close = new Button(texts.text("monitor.behind.close"), click -> close());
        close.setId("monitor-behind-close");
        getFooter().add(close);
    }
}
