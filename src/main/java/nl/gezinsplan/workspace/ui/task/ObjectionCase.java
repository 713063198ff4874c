package nl.gezinsplan.workspace.ui.task;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.casefile.CaseDocuments;
import nl.gezinsplan.casefile.ui.DocumentLinks;
import nl.gezinsplan.casework.ui.Formats;
import nl.gezinsplan.objection.Objection;
import nl.gezinsplan.objection.ObjectionLimits;
import nl.gezinsplan.objection.Objections;
import nl.gezinsplan.workflow.ObjectionRoute;

/**
 * The objection a task is about: against which decision, when it came in (and why late), its grounds and documents,
 * the steps recorded so far and the term of the decision, which the consultant extends here once (Awb 7:10).
 */
class ObjectionCase extends VerticalLayout {

    ObjectionCase(Objection objection, Objections objections, CaseDocuments documents, ObjectionRoute route,
                  Runnable extended) {
        setPadding(false);
        setSpacing(false);
        addClassName("objection-case");
        add(new H2(getTranslation("workspace.objection.title")));
        line("objection.against", getTranslation("objection.against.value", Long.toString(objection.getRequestId()),
                Formats.date(objection.getDecidedOn(), getLocale())));
        line("objection.received-on", Formats.date(objection.getReceivedOn(), getLocale()));
        if (objection.isLate()) {
            line("objection.late-reason", objection.getLateReason());
        }
        line("objection.grounds", objection.getGrounds());
        objections.documentsOf(objection.getId()).forEach(document -> add(new DocumentLinks(documents, document)));
        if (objection.getTalkReport() != null) {
            line("objection.talk.report", objection.getTalkReport());
        }
        if (objection.getHearingReport() != null) {
            line("objection.hearing.held-on", Formats.date(objection.getHearingHeldOn(), getLocale()));
            line("objection.hearing.attendees", objection.getHearingAttendees());
            line("objection.hearing.report", objection.getHearingReport());
        }
        if (objection.getAdvice() != null) {
            line("objection.advice", getTranslation("objection.verdict." + objection.getAdvice()));
            line("objection.advice.text", objection.getAdviceText());
        }
        line("objection.decision-due", Formats.date(objection.getDecisionDue(), getLocale()));
        if (objection.isExtended()) {
            line("objection.extension.reason", objection.getExtensionReason());
        } else {
            Button extend = new Button(getTranslation("workspace.objection.extend"),
                    click -> extension(objection, route, extended).open());
            extend.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(extend);
        }
    }

    private void line(String labelKey, String value) {
        Paragraph line = new Paragraph(getTranslation(labelKey) + ": " + value);
        line.addClassName("objection-line");
        add(line);
    }

    private Dialog extension(Objection objection, ObjectionRoute route, Runnable extended) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("workspace.objection.extend"));
        TextArea reason = new TextArea(getTranslation("objection.extension.reason"));
        FormInput.limit(reason, ObjectionLimits.EXTENSION_REASON);
        reason.setWidthFull();
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.setVisible(false);
        Button save = new Button(getTranslation("workspace.objection.extend.save"),
                click -> {
                    if (FormInput.save(dialog, error, () -> route.extend(objection.getId(), reason.getValue()))) {
                        Notification.show(getTranslation("workspace.objection.extended"));
                        dialog.close();
                        extended.run();
                    }
                });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("workspace.objection.extend.explanation")), reason, error);
        dialog.getFooter().add(new Button(getTranslation("objection.cancel"), click -> dialog.close()), save);
        return dialog;
    }
}
