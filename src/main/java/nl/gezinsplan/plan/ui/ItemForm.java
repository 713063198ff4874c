package nl.gezinsplan.plan.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.gezinsplan.plan.PlanItem;

/**
 * A small form for one goal, agreement or person involved. The Binder checks the input before it goes into the
 * draft; the item is a record, so the form builds a new one from its fields, keeping the key of the item it edits.
 */
abstract class ItemForm<T extends PlanItem> extends FormLayout {

    /** The service refuses earlier dates too; the picker says so while the user types. */
    static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);

    protected final Binder<T> binder;
    private UUID editing;

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
    }

    boolean editsExistingItem() {
        return editing != null;
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
        DatePicker picker = new DatePicker(getTranslation(labelKey));
        picker.setMin(EARLIEST_DATE);
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMinErrorMessage(getTranslation("plan.form.date.too-early"))
                .setBadInputErrorMessage(getTranslation("plan.form.date.unreadable")));
        return picker;
    }
}
