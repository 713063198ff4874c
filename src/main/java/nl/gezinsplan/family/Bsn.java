package nl.gezinsplan.family;

import java.util.Optional;

/**
 * A burgerservicenummer: nine digits that pass the 11-check (9×d1 + 8×d2 + … + 2×d8 − 1×d9 is a multiple of 11).
 * Shown masked unless the full number is needed.
 */
public record Bsn(String value) {

    public Bsn {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a valid BSN");
        }
    }

    /** Accepts the number as people type it: spaces, dots and dashes are ignored. */
    public static Optional<Bsn> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = input.replaceAll("[\\s.-]", "");
        return isValid(digits) ? Optional.of(new Bsn(digits)) : Optional.empty();
    }

    public static boolean isValid(String digits) {
        if (digits == null || !digits.matches("\\d{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (digits.charAt(i) - '0');
        }
        sum -= digits.charAt(8) - '0';
        return sum % 11 == 0 && !digits.equals("000000000");
    }

    /** Only the last three digits, as shown on screens: ******123. */
    public String masked() {
        return "******" + value.substring(6);
    }

    @Override
    public String toString() {
        return masked();
    }
}
