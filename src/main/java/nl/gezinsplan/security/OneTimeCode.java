package nl.gezinsplan.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * A code that works once: a reset code or set-up link to log in with and choose a password (26 characters, 130
 * random bits), a portal invitation's first-time code (12 characters, 60 bits). Its characters come from an alphabet
 * without look-alikes (no 0/O, no 1/I), five random bits each. Only its SHA-256 is stored: that many random bits
 * cannot be guessed back from the hash, so a slow password hash would add nothing, and the code is looked up by it.
 */
public record OneTimeCode(String value) {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    /** The length of a reset code or set-up link. */
    static final int LENGTH = 26;

    public static OneTimeCode random(SecureRandom random, int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new OneTimeCode(code.toString());
    }

    /** The code as a person typed or pasted it: case, spaces and dashes do not matter. */
    public static OneTimeCode typed(String text) {
        return new OneTimeCode(text == null ? "" : text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", ""));
    }

    /** In groups of four, easier to read out and type. */
    public String shown() {
        return String.join("-", value.split("(?<=\\G.{4})"));
    }

    public String hash() {
        return Sha256.hex(value.getBytes(StandardCharsets.US_ASCII));
    }
}
