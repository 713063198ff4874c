package nl.gezinsplan.security;

import java.util.regex.Pattern;

/**
 * How long the administrator's fields may be: the lengths of the columns ({@code StaffAdministrationTest} compares
 * them with the schema). Plain numbers, not {@code base.TextLimit}: the base module builds on this one.
 */
public final class SecurityLimits {

    public static final int USERNAME = 64;
    public static final int FIRST_NAME = 100;
    public static final int LAST_NAME = 100;
    public static final int EMAIL = 200;
    public static final int TEAM_CODE = 32;
    public static final int TEAM_NAME = 100;

    /** Control characters (NUL among them, which PostgreSQL refuses in text) and unpaired surrogates. */
    private static final Pattern NOT_TEXT = Pattern.compile("[\\p{Cc}\\p{Cs}]");

    private SecurityLimits() {
    }

    /** Not blank, not longer than its column (counted in characters, as the database counts them), only text. */
    static boolean isFilledIn(String value, int maxLength) {
        return value != null && !value.isBlank() && value.codePointCount(0, value.length()) <= maxLength
                && !NOT_TEXT.matcher(value).find();
    }
}
