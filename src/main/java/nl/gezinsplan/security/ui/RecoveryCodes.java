package nl.gezinsplan.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/** New recovery codes, shown this once: the user writes them down and goes on. */
public class RecoveryCodes extends VerticalLayout {

    public RecoveryCodes(List<String> codes, Runnable done) {
        setPadding(false);
        UnorderedList list = new UnorderedList(codes.stream().map(ListItem::new).toArray(ListItem[]::new));
        list.addClassName("recovery-codes");
        Button saved = new Button(getTranslation("two-factor.recovery.done"), click -> done.run());
        saved.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("two-factor.recovery.title")),
                new Paragraph(getTranslation("two-factor.recovery.explain")), list, saved);
    }
}
