package nl.gezinsplan;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Bad values for form fields, generated from a seed, put in as the browser sends them; and whether the screen then
 * tells the user something.
 */
final class BadInput {

    private final Random random;

    BadInput(long seed) {
        random = new Random(seed);
    }

    /** One of {@code fields}, chosen at random. */
    Component pick(List<Component> fields) {
        return fields.get(random.nextInt(fields.size()));
    }

    /** Puts a generated bad value in the field, the way the browser would send it; returns what it typed. */
    String typeInto(Component field) {
        if (field instanceof DatePicker picker) {
            return switch (random.nextInt(4)) {
                case 0 -> {
                    Typing.date(picker, "31-02-2024");
                    yield "31-02-2024";
                }
                case 1 -> set(picker, LocalDate.of(1850, 6, 1));
                case 2 -> set(picker, LocalDate.of(2200, 1, 1));
                default -> set(picker, LocalDate.of(9999, 12, 31));
            };
        }
        if (field instanceof BigDecimalField number) {
            List<String> numbers = List.of("1E-100000000", "1e400", "1E5", "99999999999999999999", "-5", "0.001",
                    "12,34,5", "1E+20");
            String text = numbers.get(random.nextInt(numbers.size()));
            Typing.number(number, text);
            return text;
        }
        String bad = text((int) field.getElement().getProperty("maxlength", 0.0));
        @SuppressWarnings("unchecked")
        HasValue<?, String> text = (HasValue<?, String>) field;
        _setValue(text, bad);
        return bad.length() > 20 ? bad.length() + " characters" : bad.replaceAll("\\p{Cc}|\\p{Cs}", "?");
    }

    /** A bad text: longer than {@code maxLength} (0: no limit), or with a NUL, another control character or half a pair. */
    String text(int maxLength) {
        String good = "Goed";
        return switch (random.nextInt(5)) {
            case 0 -> "x".repeat((maxLength > 0 ? maxLength : 10_000) + 1 + random.nextInt(40));
            case 1 -> good + "\u0000" + good;
            case 2 -> good + (char) (1 + random.nextInt(8)) + good;
            case 3 -> good + "\uD83D";
            default -> "\uDC00" + good;
        };
    }

    private static String set(DatePicker picker, LocalDate date) {
        _setValue(picker, date);
        return date.toString();
    }

    /** A notification, a form's error line, or a field that says what is wrong with it. */
    static boolean messageShown() {
        boolean notified = NotificationsKt.getNotifications().stream()
                .anyMatch(notification -> !notification.getElement().getProperty("text", "").isBlank());
        boolean errorLine = Stream.concat(_find(Paragraph.class).stream(),
                        _find(Span.class).stream())
                .filter(Component::isVisible)
                .filter(text -> text.hasClassName("form-error") || text.hasClassName("activation-refusal")
                        || "plan-refusal".equals(text.getId().orElse("")))
                .anyMatch(text -> !((HasText) text).getText().isBlank());
        boolean fieldSaysWhy = _find(Component.class).stream()
                .filter(component -> component instanceof HasValidation)
                .map(component -> (HasValidation) component)
                .anyMatch(field -> field.isInvalid() && field.getErrorMessage() != null
                        && !field.getErrorMessage().isBlank());
        return notified || errorLine || fieldSaysWhy;
    }

    static void closeDialogs() {
        _find(Dialog.class).forEach(Dialog::close);
    }

    static List<Component> fieldsOf(Component root) {
        return descendants(root)
                .filter(component -> component instanceof TextField || component instanceof TextArea
                        || component instanceof PasswordField || component instanceof BigDecimalField
                        || component instanceof DatePicker)
                .filter(component -> component.isVisible() && !((HasValue<?, ?>) component).isReadOnly())
                .toList();
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(BadInput::descendants));
    }

    static String label(Component field) {
        return field.getElement().getProperty("label", field.getClass().getSimpleName());
    }

}
