package nl.gezinsplan.plan.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.Binder;
import java.util.Optional;
import java.util.UUID;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.plan.PlanItem;
import nl.gezinsplan.plan.PlanLimits;

/**
 * A small form for one goal, agreement or person involved. The Binder checks the input before it goes into the
 * draft; the item is a record, so the form builds a new one from its fields, keeping the key of the item it edits.
 */
abstract class ItemForm<T extends PlanItem> extends FormLayout {

    protected final Binder<T> binder;
    /** Stands in for the key when comparing what is typed with what was shown. */
    private static final UUID ANY_KEY = new UUID(0, 0);

    private UUID editing;
    private T shown;

    ItemForm(Class<T> type) {
        binder = new Binder<>(type);
    }

    /** Shows {@code item} for editing, or empty fields for a new item when it is null. */
    void edit(T item) {
        editing = item == null ? null : item.itemKey();
        binder.readRecord(item);
        if (item == null) {
            clearedForNewItem();
        }
        shown = build(ANY_KEY);
    }

    /**
     * Whether the fields hold something not yet in the draft: a change not applied, or input a field cannot read.
     * Saving the plan then would silently drop it.
     */
    boolean hasUnappliedInput() {
        return FormInput.unreadable(this).isPresent() || !build(ANY_KEY).equals(shown);
    }

    /** The item as typed, or nothing while the input is invalid (the fields then say why). */
    Optional<T> typed() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        return Optional.of(build(editing != null ? editing : UUID.randomUUID()));
    }

    protected abstract T build(UUID itemKey);

    /** Defaults for a new item. */
    protected void clearedForNewItem() {
    }

    protected DatePicker datePicker(String labelKey) {
        DatePicker picker = FormInput.datePicker(getTranslation(labelKey));
        picker.setMin(PlanLimits.EARLIEST_DATE);
        picker.setI18n(picker.getI18n().setMinErrorMessage(getTranslation("plan.form.date.too-early")));
        return picker;
    }
}
