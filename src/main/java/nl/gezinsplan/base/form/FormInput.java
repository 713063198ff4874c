package nl.gezinsplan.base.form;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.gezinsplan.base.Input;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.TextLimit;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The one way forms take input: date pickers bounded to the dates the services accept, that say in words when a
 * date cannot be read (31-02-2024), and a save that is not attempted while a field holds input it could not read and
 * that turns the service's refusal into the text to show. The form keeps everything typed in both cases; failures
 * nobody expected reach {@code base.ui.UnexpectedErrors}, which says nothing was lost.
 */
public final class FormInput {

    private FormInput() {
    }

    /** A date picker for dates from 1900 to 2100 in the user's language, with a message for every bad input. */
    public static DatePicker datePicker(String label) {
        return bound(new DatePicker(label));
    }

    /** Bounds {@code picker} to 1900-2100 (narrower bounds set later still apply) and gives its errors words. */
    public static DatePicker bound(DatePicker picker) {
        picker.setMin(Input.EARLIEST_DATE);
        picker.setMax(Input.LATEST_DATE);
        String outOfRange = picker.getTranslation("input.date.between", String.valueOf(Input.EARLIEST_DATE.getYear()),
                String.valueOf(Input.LATEST_DATE.getYear()));
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setBadInputErrorMessage(picker.getTranslation("input.date.unreadable"))
                .setMinErrorMessage(outOfRange)
                .setMaxErrorMessage(outOfRange));
        return picker;
    }

    /** Limits the field to its column's length and says so in words when more is pasted (Vaadin alone turns it red). */
    public static TextField limit(TextField field, TextLimit limit) {
        field.setMaxLength(limit.maxLength());
        field.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(tooLong(field, limit)));
        return field;
    }

    /** As {@link #limit(TextField, TextLimit)}, for a text area. */
    public static TextArea limit(TextArea field, TextLimit limit) {
        field.setMaxLength(limit.maxLength());
        field.setI18n(new TextArea.TextAreaI18n().setMaxLengthErrorMessage(tooLong(field, limit)));
        return field;
    }

    private static String tooLong(Component field, TextLimit limit) {
        return field.getTranslation("input.text.too-long", field.getTranslation(limit.labelKey()), limit.maxLength());
    }

    /**
     * Saves unless a field of {@code form} holds input it could not read (a date that does not exist, a number with
     * letters): then, or when the service refuses (invalid input, a right the user lacks, a change a colleague saved
     * first), returns the message to show instead.
     */
    public static Optional<String> save(Component form, Runnable save) {
        Optional<String> unreadable = unreadable(form);
        if (unreadable.isPresent()) {
            return unreadable;
        }
        try {
            save.run();
            return Optional.empty();
        } catch (InvalidInput refused) {
            return Optional.of(form.getTranslation(refused.messageKey(), refused.arguments()));
        } catch (AccessDeniedException refused) {
            return Optional.of(form.getTranslation("input.refused"));
        } catch (OptimisticLockingFailureException changed) {
            return Optional.of(form.getTranslation("input.changed-meanwhile"));
        }
    }

    /**
     * As {@link #save(Component, Runnable)}, showing the refusal in {@code error}; returns whether it saved. The
     * message is an alert, so a screen reader says it at once; a field that could not be read also shows it on
     * itself (where Vaadin links it to the field) and gets the focus.
     */
    public static <E extends Component & HasText> boolean save(Component form, E error, Runnable save) {
        Optional<Component> unreadableField = firstUnreadable(form).map(Map.Entry::getKey);
        Optional<String> refusal = save(form, save);
        refusal.ifPresent(error::setText);
        error.getElement().setAttribute("role", "alert");
        error.setVisible(refusal.isPresent());
        unreadableField.ifPresent(field -> {
            if (field instanceof HasValidation validated) {
                validated.setErrorMessage(refusal.orElse(""));
                validated.setInvalid(true);
            }
            if (field instanceof Focusable<?> focusable) {
                focusable.focus();
            }
        });
        return refusal.isEmpty();
    }

    /**
     * The first field of {@code form} whose own check fails (bad input, out of its bounds), as its message. A number
     * typed with an exponent counts as unreadable too: Vaadin reads 1E5 as 100000, people do not mean that.
     */
    public static Optional<String> unreadable(Component form) {
        return firstUnreadable(form).map(Map.Entry::getValue);
    }

    private static Optional<Map.Entry<Component, String>> firstUnreadable(Component form) {
        return descendants(form)
                .filter(component -> component instanceof HasValidator<?> && component instanceof HasValue<?, ?>)
                .filter(component -> component.isVisible() && !((HasValue<?, ?>) component).isReadOnly())
                .map(component -> Map.entry(component, check(component)))
                .filter(checked -> checked.getValue().isError())
                .findFirst()
                .map(checked -> Map.entry(checked.getKey(), checked.getValue().getErrorMessage().isBlank()
                        ? form.getTranslation("input.unreadable") : checked.getValue().getErrorMessage()));
    }

    /** What a field's own check says; a number field without words of its own gets ours. */
    private static ValidationResult check(Component component) {
        ValidationResult result = ownCheck(component);
        if (result.isError() && result.getErrorMessage().isBlank() && component instanceof BigDecimalField number) {
            return ValidationResult.error(number.getTranslation("input.number.unreadable",
                    number.getLabel() == null ? "" : number.getLabel()));
        }
        return result;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ValidationResult ownCheck(Component component) {
        if (component instanceof BigDecimalField number
                && number.getElement().getProperty("value", "").toLowerCase(Locale.ROOT).contains("e")) {
            return ValidationResult.error("");
        }
        HasValue field = (HasValue) component;
        return ((HasValidator) component).getDefaultValidator().apply(field.getValue(), new ValueContext(component));
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(FormInput::descendants));
    }
}
