package nl.gezinsplan.base;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The checks every service applies to what people type, before anything reaches the database: lengths and digits
 * from the field's {@link TextLimit} or {@link NumberLimit}, characters PostgreSQL or a reader cannot take, and dates
 * within {@link #EARLIEST_DATE} and {@link #LATEST_DATE}. Each refusal is an {@link InvalidInput} that names the
 * field (its label, translated with the message) and the limit.
 */
public final class Input {

    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

    /**
     * Control characters other than tab and line breaks: NUL among them, which PostgreSQL refuses in text, and the C1
     * controls, which only text read in the wrong character set holds.
     */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");
    private static final Pattern TAB_OR_LINE_BREAK = Pattern.compile("[\\t\\n\\r]");
    /** More characters than this cannot be a number of any of our columns; no need to read them. */
    private static final int LONGEST_NUMBER = 40;

    private Input() {
    }

    /**
     * Refuses text longer than the limit or with characters that are not text; nothing (null) passes. The length is
     * counted in characters, as the database counts it: an emoji is one, though two in Java.
     */
    public static void text(String value, TextLimit limit) {
        if (value == null) {
            return;
        }
        if (value.codePointCount(0, value.length()) > limit.maxLength()) {
            throw new InvalidInput("input.text.too-long", label(limit.labelKey()), limit.maxLength());
        }
        if (CONTROL.matcher(value).find() || hasUnpairedSurrogate(value)) {
            throw new InvalidInput("input.text.bad-characters", label(limit.labelKey()));
        }
    }

    /** As {@link #text}, for a value of one line (a field of a file): a tab or line break is no character of it. */
    public static void line(String value, TextLimit limit) {
        text(value, limit);
        if (value != null && TAB_OR_LINE_BREAK.matcher(value).find()) {
            throw new InvalidInput("input.text.bad-characters", label(limit.labelKey()));
        }
    }

    /** As {@link #text}, and refuses an empty or blank value with {@code requiredKey}. */
    public static void requiredText(String value, TextLimit limit, String requiredKey) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(requiredKey);
        }
        text(value, limit);
    }

    /**
     * Refuses a number with more digits before or after the decimal separator than its column holds. It looks only
     * at precision and scale, so a value such as 1E-100000000 is refused at once instead of being computed with.
     */
    public static void number(BigDecimal value, NumberLimit limit) {
        if (value == null) {
            return;
        }
        int scale = value.scale();
        int integerDigits = value.precision() - scale;
        if (scale > limit.scale() && value.precision() <= LONGEST_NUMBER) {
            BigDecimal stripped = value.stripTrailingZeros();
            scale = stripped.scale();
            integerDigits = stripped.precision() - scale;
        }
        if (integerDigits > limit.integerDigits()) {
            throw new InvalidInput("input.number.too-large", label(limit.labelKey()), limit.integerDigits());
        }
        if (scale > limit.scale()) {
            throw new InvalidInput("input.number.too-many-decimals", label(limit.labelKey()), limit.scale());
        }
    }

    /**
     * Reads a number as typed or as in a file (decimal comma or point, no exponent, no grouping), refusing it before
     * any arithmetic when it does not fit its column; an empty text is no number (null).
     */
    public static BigDecimal parseNumber(String text, NumberLimit limit) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.strip().replace(',', '.');
        if (plain.length() > LONGEST_NUMBER || !plain.matches("[-+]?\\d*\\.?\\d*") || !plain.matches(".*\\d.*")) {
            throw new InvalidInput("input.number.unreadable", label(limit.labelKey()));
        }
        BigDecimal value = new BigDecimal(plain);
        number(value, limit);
        return value;
    }

    /** Refuses a date before {@link #EARLIEST_DATE} or after {@link #LATEST_DATE}; nothing (null) passes. */
    public static void date(LocalDate value, String labelKey) {
        if (value != null && (value.isBefore(EARLIEST_DATE) || value.isAfter(LATEST_DATE))) {
            throw new InvalidInput("input.date.out-of-range", label(labelKey), String.valueOf(EARLIEST_DATE.getYear()),
                    String.valueOf(LATEST_DATE.getYear()));
        }
    }

    /** As {@link #date}, and refuses a date after {@code today} (a birth date, the date a request came in). */
    public static void pastDate(LocalDate value, String labelKey, LocalDate today) {
        date(value, labelKey);
        if (value != null && value.isAfter(today)) {
            throw new InvalidInput("input.date.future", label(labelKey));
        }
    }

    /**
     * What a search box holds, without NUL, which PostgreSQL refuses even in a search term: no text holds it, so
     * dropping it finds the same as refusing would.
     */
    public static String searchable(String text) {
        return text == null ? null : text.replace("\0", "");
    }

    /** The field's label as an argument of a message, translated with it into the user's language. */
    private static DefaultMessageSourceResolvable label(String labelKey) {
        return new DefaultMessageSourceResolvable(new String[] {labelKey}, labelKey);
    }

    private static boolean hasUnpairedSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
