package nl.gezinsplan.benefit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.benefit.BenefitLimits;
import nl.gezinsplan.benefit.MeasureDraft;
import nl.gezinsplan.benefit.Measures;
import nl.gezinsplan.benefit.Obligation;
import nl.gezinsplan.casework.ProvisionLine;

/**
 * Imposing a measure on one of the family's rights to income support: the obligation not met, the percentage, the
 * months from a first day, and the motivation its letter carries. A refusal shows in the dialog and keeps the input.
 */
class MeasureDialog extends Dialog {

    final Select<ProvisionLine> right = new Select<>();
    final Select<Obligation> obligation = new Select<>();
    final IntegerField percentage = new IntegerField();
    final IntegerField months = new IntegerField();
    final DatePicker startsOn = FormInput.datePicker(null);
    final TextArea motivation = new TextArea();
    final Paragraph error = new Paragraph();

    MeasureDialog(Measures measures, List<ProvisionLine> rights, Runnable imposed) {
        setHeaderTitle(getTranslation("benefit.measure.impose"));
        right.setLabel(getTranslation("benefit.measure.right"));
        right.setItems(rights);
        right.setItemLabelGenerator(line -> line.personName() + ": " + line.productName());
        if (rights.size() == 1) {
            right.setValue(rights.get(0));
        }
        obligation.setLabel(getTranslation("benefit.measure.obligation"));
        obligation.setItems(Obligation.values());
        obligation.setItemLabelGenerator(value -> getTranslation("benefit.measure.obligation." + value.name()));
        percentage.setLabel(getTranslation("benefit.measure.percentage"));
        percentage.setMin(BenefitLimits.MIN_PERCENTAGE);
        percentage.setMax(BenefitLimits.MAX_PERCENTAGE);
        months.setLabel(getTranslation("benefit.measure.months"));
        months.setMin(BenefitLimits.MIN_MONTHS);
        months.setMax(BenefitLimits.MAX_MONTHS);
        startsOn.setLabel(getTranslation("benefit.measure.starts-on"));
        startsOn.setValue(LocalDate.now());
        motivation.setLabel(getTranslation("benefit.measure.motivation"));
        FormInput.limit(motivation, BenefitLimits.MOTIVATION);
        motivation.setWidthFull();
        error.addClassName("form-error");

        Button impose = new Button(getTranslation("benefit.measure.impose"), click -> FormInput.save(this, error,
                () -> {
                    measures.impose(right.getValue() == null ? -1 : right.getValue().id(), new MeasureDraft(
                            obligation.getValue(), percentage.getValue(), months.getValue(), startsOn.getValue(),
                            motivation.getValue()));
                    Notification.show(getTranslation("benefit.measure.imposed"));
                    close();
                    imposed.run();
                }));
        impose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("benefit.measure.explanation")),
                new FormLayout(right, obligation, percentage, months, startsOn), motivation, error);
        getFooter().add(new Button(getTranslation("benefit.measure.cancel"), click -> close()), impose);
    }
}
