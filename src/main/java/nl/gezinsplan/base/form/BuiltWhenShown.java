package nl.gezinsplan.base.form;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableSupplier;

/**
 * Content that is built the first time it is shown, such as a tab's: a tab sheet attaches only its selected tab, so a
 * page with many tabs reads and holds only what the user opens.
 */
public final class BuiltWhenShown extends Div {

    private SerializableSupplier<Component> content;

    public BuiltWhenShown(SerializableSupplier<Component> content) {
        this.content = content;
        setWidthFull();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (content != null) {
            add(content.get());
            content = null;
        }
    }
}
