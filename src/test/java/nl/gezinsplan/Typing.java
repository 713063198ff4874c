package nl.gezinsplan;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import elemental.json.Json;

/**
 * What the browser sends to the server when a user types into a field, as opposed to Karibu's {@code _setValue},
 * which sets the value the server already understands: a date text the picker could not read, a number as text.
 */
public final class Typing {

    private Typing() {
    }

    /** Types {@code text} into the picker and leaves it, as the browser reports a date it could not read. */
    public static void date(DatePicker picker, String text) {
        picker.clear();
        picker.getElement().setProperty("_inputElementValue", text);
        picker.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(picker.getElement(), "unparsable-change", Json.createObject()));
    }

    /** Types {@code text} into the number field: the field itself parses it, as it does what the browser sends. */
    public static void number(BigDecimalField field, String text) {
        field.getElement().setProperty("value", text);
    }
}
