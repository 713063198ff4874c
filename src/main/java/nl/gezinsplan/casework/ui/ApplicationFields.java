package nl.gezinsplan.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.casework.ApplicationChannel;
import nl.gezinsplan.casework.Requests;

/**
 * On an open Wmo or Participatiewet request without its application: the consultant records an application made on
 * paper or in a conversation, at any moment; a route waiting for it goes on at once, as after one in the portal.
 */
class ApplicationFields extends Div {

    final DatePicker appliedOn = FormInput.datePicker(null);
    final RadioButtonGroup<ApplicationChannel> channel = new RadioButtonGroup<>();
    private final Paragraph error = new Paragraph();

    ApplicationFields(Requests requests, long requestId, Runnable recorded) {
        appliedOn.setLabel(getTranslation("casework.application.date.label"));
        appliedOn.setValue(LocalDate.now());
        appliedOn.setMax(LocalDate.now());
        channel.setLabel(getTranslation("casework.application.channel"));
        channel.setItems(ApplicationChannel.PAPER, ApplicationChannel.CONVERSATION);
        channel.setItemLabelGenerator(value -> getTranslation("casework.application.channel." + value.name()));
        error.addClassName("form-error");
        error.setVisible(false);
        Button record = new Button(getTranslation("casework.application.record"), click -> {
            if (FormInput.save(this, error, () -> {
                if (channel.getValue() == null) {
                    throw new InvalidInput("casework.application.required");
                }
                requests.apply(requestId, appliedOn.getValue(), channel.getValue());
            })) {
                Notification.show(getTranslation("casework.application.recorded"));
                recorded.run();
            }
        });
        add(new H3(getTranslation("casework.application.title")),
                new Paragraph(getTranslation("casework.application.explanation")), appliedOn, channel, error, record);
    }
}
