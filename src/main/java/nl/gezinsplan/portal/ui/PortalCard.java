package nl.gezinsplan.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** One item of the portal on a phone: a heading, then lines of plain text, full width. */
public class PortalCard extends Div {

    public PortalCard(String heading) {
        addClassName("portal-card");
        add(new H3(heading));
    }

    /** Adds a line; nothing when the text is empty, so optional facts need no ifs in the views. */
    public PortalCard line(String text) {
        if (text != null && !text.isBlank()) {
            add(new Paragraph(text));
        }
        return this;
    }

    public PortalCard marked(String... classNames) {
        addClassNames(classNames);
        return this;
    }

    public PortalCard with(Component... components) {
        add(components);
        return this;
    }
}
