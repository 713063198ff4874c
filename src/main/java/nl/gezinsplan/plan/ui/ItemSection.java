package nl.gezinsplan.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.UUID;
import nl.gezinsplan.plan.PlanItem;

/**
 * One section of the draft (goals, agreements or involved): a grid of its items and a form below it. Choosing an
 * item in the grid opens it in the form; the form's button adds a new item or changes the chosen one.
 */
class ItemSection<T extends PlanItem> extends VerticalLayout {

    private final List<T> items;
    private final Grid<T> grid;
    private final ItemForm<T> form;
    private final Button apply = new Button();
    private final Button remove = new Button();

    /** {@code items} is the draft's own list: the section changes it in place. */
    ItemSection(List<T> items, Grid<T> grid, ItemForm<T> form) {
        this.items = items;
        this.grid = grid;
        this.form = form;
        setPadding(false);
        grid.setItems(items);
        grid.asSingleSelect().addValueChangeListener(event -> show(event.getValue()));

        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(click -> form.typed().ifPresent(this::put));
        remove.setText(getTranslation("plan.editor.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> {
            items.remove(grid.asSingleSelect().getValue());
            grid.getDataProvider().refreshAll();
            grid.deselectAll();
        });
        Button newItem = new Button(getTranslation("plan.editor.new"), click -> grid.deselectAll());

        add(grid, form, new HorizontalLayout(apply, newItem, remove));
        show(null);
    }

    /** Whether the form holds input not yet in the draft (see {@link ItemForm#hasUnappliedInput}). */
    boolean hasUnappliedInput() {
        return form.hasUnappliedInput();
    }

    private void show(T item) {
        form.edit(item);
        apply.setText(getTranslation(item == null ? "plan.editor.add" : "plan.editor.change"));
        remove.setEnabled(item != null);
    }

    private void put(T item) {
        int index = indexOf(item.itemKey());
        if (index < 0) {
            items.add(item);
        } else {
            items.set(index, item);
        }
        grid.getDataProvider().refreshAll();
        grid.deselectAll();
        show(null);
    }

    private int indexOf(UUID itemKey) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).itemKey().equals(itemKey)) {
                return i;
            }
        }
        return -1;
    }
}
