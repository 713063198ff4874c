package nl.gezinsplan.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Catalogue;
import nl.gezinsplan.casework.FamilyCost;
import nl.gezinsplan.casework.ProvisionLine;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.family.Person;

/**
 * All provisions of a family under the three laws in one list, with what the running ones cost per year, in total
 * and per law: one family, one plan. Part of the family page.
 */
public class ProvisionsPanel extends VerticalLayout {

    private final Provisions provisions;
    private final long familyId;
    private final Grid<ProvisionLine> grid = new Grid<>();
    private final Paragraph total = new Paragraph();
    private final Button end = new Button();

    public ProvisionsPanel(Provisions provisions, Catalogue catalogue, long familyId, List<Person> members) {
        this.provisions = provisions;
        this.familyId = familyId;
        setPadding(false);

        Button add = new Button(getTranslation("casework.provisions.add"),
                click -> new ProvisionForm(catalogue, members, LocalDate.now(),
                        draft -> provisions.allocate(familyId, draft), this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        end.setText(getTranslation("casework.provisions.end"));
        end.setEnabled(false);
        end.addClickListener(click -> grid.getSelectedItems().forEach(this::confirmEnd));

        grid.addColumn(ProvisionLine::personName).setHeader(getTranslation("casework.provisions.member")).setAutoWidth(true);
        grid.addColumn(line -> lawName(line.law())).setHeader(getTranslation("casework.provisions.law")).setAutoWidth(true);
        grid.addColumn(line -> line.productCode() + " " + line.productName())
                .setHeader(getTranslation("casework.provisions.product")).setFlexGrow(1);
        grid.addColumn(line -> Formats.provider(line, this)).setHeader(getTranslation("casework.provisions.provider"))
                .setFlexGrow(1);
        grid.addColumn(line -> getTranslation("casework.volume." + line.unit().name(), line.volume()) + " "
                + getTranslation("casework.frequency." + line.frequency().name()))
                .setHeader(getTranslation("casework.provisions.volume")).setAutoWidth(true);
        grid.addColumn(this::period).setHeader(getTranslation("casework.provisions.period")).setAutoWidth(true);
        grid.addColumn(line -> getTranslation("casework.status." + line.status().name()))
                .setHeader(getTranslation("casework.provisions.status")).setAutoWidth(true);
        grid.addColumn(line -> Formats.euros(line.costPerYear(), getLocale()))
                .setHeader(getTranslation("casework.provisions.cost")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(this::exitPerspective).setHeader(getTranslation("casework.provisions.exit-perspective"))
                .setFlexGrow(1);
        grid.addSelectionListener(selection -> end.setEnabled(selection.getFirstSelectedItem()
                .filter(ProvisionLine::open).isPresent()));
        // a product's name, a provider without a contract with its reason: read whole, not cut off
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        total.addClassName("provisions-total");

        HorizontalLayout actions = new HorizontalLayout(add, end);
        actions.setVisible(provisions.mayChange(familyId));
        add(new H2(getTranslation("casework.provisions.title")), total, actions, grid);
        refresh();
    }

    private void refresh() {
        List<ProvisionLine> lines = provisions.ofFamily(familyId);
        grid.setItems(lines);
        FamilyCost cost = FamilyCost.of(lines);
        String perLaw = cost.perLaw().entrySet().stream()
                .map(entry -> getTranslation("casework.provisions.total.law", lawName(entry.getKey()),
                        Formats.euros(entry.getValue(), getLocale())))
                .collect(Collectors.joining(" · "));
        total.setText(getTranslation("casework.provisions.total", Formats.euros(cost.total(), getLocale()))
                + " (" + perLaw + ")");
    }

    private void confirmEnd(ProvisionLine line) {
        Dialog dialog = new Dialog(getTranslation("casework.provisions.end.title", line.productName()));
        DatePicker lastDay = FormInput.datePicker(getTranslation("casework.provisions.end.date"));
        lastDay.setValue(LocalDate.now());
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        Button confirm = new Button(getTranslation("casework.provisions.end"), click -> FormInput.save(dialog, error, () -> {
            provisions.end(line.id(), lastDay.getValue());
            Notification.show(getTranslation("casework.provisions.ended", line.productName()));
            dialog.close();
            refresh();
        }));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(lastDay, error);
        dialog.getFooter().add(new Button(getTranslation("casework.form.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private String period(ProvisionLine line) {
        String start = Formats.date(line.allocationStart(), getLocale());
        return line.allocationEnd() == null ? getTranslation("casework.provisions.period.open", start)
                : getTranslation("casework.provisions.period.closed", start, Formats.date(line.allocationEnd(), getLocale()));
    }

    /** The provider's latest answer from the monthly review of residential care, with its date. */
    private String exitPerspective(ProvisionLine line) {
        return line.exitPerspective() == null ? "" : getTranslation("casework.provisions.exit-perspective.answer",
                line.exitPerspective(), Formats.date(line.exitPerspectiveOn(), getLocale()));
    }

    private String lawName(Law law) {
        return getTranslation("casework.law." + law.name());
    }
}
