package nl.gezinsplan.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A code to log in with once and then choose a password: 26 characters from an alphabet without look-alikes (no 0/O,
 * no 1/I), 130 random bits. Only its SHA-256 is stored: with that many random bits the hash cannot be guessed back, so
 * a slow password hash would add nothing, and the login looks the code up by its hash.
 */
record OneTimeCode(String value) {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 26;

    static OneTimeCode random(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new OneTimeCode(code.toString());
    }

    /** The code as a person typed or pasted it: case, spaces and dashes do not matter. */
    static OneTimeCode typed(String text) {
        return new OneTimeCode(text == null ? "" : text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", ""));
    }

    /** In groups of four, easier to read out and type. */
    String shown() {
        return String.join("-", value.split("(?<=\\G.{4})"));
    }

    String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
