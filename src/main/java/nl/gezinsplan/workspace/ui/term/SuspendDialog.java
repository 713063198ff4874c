package nl.gezinsplan.workspace.ui.term;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.function.Consumer;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.casework.CaseworkLimits;
import nl.gezinsplan.workflow.TermClock;

/**
 * Suspends a request's term (opschorten, Awb 4:15): why, what the family is asked, and until when. A refusal says why
 * and keeps what was typed.
 */
class SuspendDialog extends Dialog {

    private final TextField reason = new TextField();
    private final TextArea asked = new TextArea();
    private final DatePicker until = FormInput.datePicker(null);
    private final Paragraph error = new Paragraph();

    SuspendDialog(TermClock termClock, long requestId, LocalDate today, Consumer<String> onSuspended) {
        setHeaderTitle(getTranslation("workspace.term.suspend.title"));
        setWidth("min(36rem, 100%)");
        add(new Paragraph(getTranslation("workspace.term.suspend.explanation")));
        reason.setLabel(getTranslation("workspace.term.suspend.reason"));
        FormInput.limit(reason, CaseworkLimits.SUSPENSION_REASON);
        asked.setLabel(getTranslation("workspace.term.suspend.asked"));
        FormInput.limit(asked, CaseworkLimits.SUSPENSION_ASKED);
        until.setLabel(getTranslation("workspace.term.suspend.until"));
        until.setMin(today.plusDays(1));
        until.setValue(today.plusWeeks(2));
        error.addClassName("form-error");
        error.setVisible(false);
        Button suspend = new Button(getTranslation("workspace.term.suspend"), click -> {
            if (FormInput.save(this, error,
                    () -> termClock.suspend(requestId, reason.getValue(), asked.getValue(), until.getValue()))) {
                close();
                onSuspended.accept("workspace.term.suspended.done");
            }
        });
        suspend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("workspace.term.cancel"), click -> close()), suspend);
        FormLayout fields = new FormLayout(reason, asked, until);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(fields, error);
    }
}
