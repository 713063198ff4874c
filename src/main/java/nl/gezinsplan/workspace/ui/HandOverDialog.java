package nl.gezinsplan.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.function.Consumer;
import nl.gezinsplan.security.DirectoryUser;

/** Asks to whom a task goes, among those it may go to, and hands it over once the user confirms a choice. */
class HandOverDialog extends Dialog {

    HandOverDialog(String title, String label, List<DirectoryUser> candidates, Consumer<DirectoryUser> handOver) {
        super(title);
        ComboBox<DirectoryUser> candidate = new ComboBox<>(label);
        candidate.setItems(candidates);
        candidate.setItemLabelGenerator(DirectoryUser::fullName);
        Button confirm = new Button(getTranslation("inbox.hand-over.confirm"), click -> {
            if (candidate.getValue() != null) {
                close();
                handOver.accept(candidate.getValue());
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(candidate);
        getFooter().add(new Button(getTranslation("inbox.cancel"), click -> close()), confirm);
    }
}
