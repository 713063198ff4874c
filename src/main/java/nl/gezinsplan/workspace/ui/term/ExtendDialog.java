package nl.gezinsplan.workspace.ui.term;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.casework.CaseworkLimits;
import nl.gezinsplan.casework.ui.Formats;
import nl.gezinsplan.workflow.TermClock;

/**
 * Extends a request's term (verdagen, Awb 4:14), once: the reason the family reads in the letter and the new date.
 * A refusal says why and keeps what was typed.
 */
class ExtendDialog extends Dialog {

    private final TextArea reason = new TextArea();
    private final DatePicker newDate = FormInput.datePicker(null);
    private final Paragraph error = new Paragraph();

    ExtendDialog(TermClock termClock, long requestId, Optional<LocalDate> term, LocalDate today,
                 Consumer<String> onExtended) {
        setHeaderTitle(getTranslation("workspace.term.extend.title"));
        setWidth("min(36rem, 100%)");
        add(new Paragraph(term.map(due -> getTranslation("workspace.term.extend.explanation",
                Formats.date(due, getLocale()))).orElseGet(() -> getTranslation("workspace.term.extend.no-term"))));
        reason.setLabel(getTranslation("workspace.term.extend.reason"));
        FormInput.limit(reason, CaseworkLimits.EXTENSION_REASON);
        newDate.setLabel(getTranslation("workspace.term.extend.date"));
        term.ifPresent(due -> newDate.setMin(due.plusDays(1)));
        newDate.setValue(term.orElse(today).plusWeeks(4));
        error.addClassName("form-error");
        error.setVisible(false);
        Button extend = new Button(getTranslation("workspace.term.extend"), click -> {
            if (FormInput.save(this, error, () -> termClock.extend(requestId, newDate.getValue(), reason.getValue()))) {
                close();
                onExtended.accept("workspace.term.extended.done");
            }
        });
        extend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("workspace.term.cancel"), click -> close()), extend);
        FormLayout fields = new FormLayout(reason, newDate);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(fields, error);
    }
}
