package nl.gezinsplan.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.plan.AgreementChannel;
import nl.gezinsplan.plan.Plans;

/**
 * The consultant records that the family agreed to the current version of its plan, on paper or in a conversation, at
 * any moment: a request waiting for that consent goes on at once, as with consent in the portal.
 */
class ConsentDialog extends Dialog {

    final RadioButtonGroup<AgreementChannel> channel = new RadioButtonGroup<>();
    private final Paragraph error = new Paragraph();

    ConsentDialog(Plans plans, long familyId, int number, Runnable recorded) {
        setHeaderTitle(getTranslation("plan.consent.title"));
        channel.setLabel(getTranslation("plan.consent.channel"));
        channel.setItems(AgreementChannel.PAPER, AgreementChannel.CONVERSATION);
        channel.setItemLabelGenerator(value -> getTranslation("plan.consent.channel." + value.name()));
        error.addClassName("form-error");
        error.setVisible(false);
        add(new Paragraph(getTranslation("plan.consent.version", number)), channel, error);
        Button record = new Button(getTranslation("plan.consent.record"), click -> {
            if (FormInput.save(this, error, () -> plans.recordConsent(familyId, number, channel.getValue()))) {
                Notification.show(getTranslation("plan.consent.recorded", number));
                close();
                recorded.run();
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("plan.consent.cancel"), click -> close()), record);
    }
}
