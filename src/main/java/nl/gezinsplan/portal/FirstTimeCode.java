package nl.gezinsplan.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The code that lets a family member make their portal account once: 12 characters from an alphabet without look-alikes
 * (no 0/O, no 1/I), 60 random bits, shown as {@code XXXX-XXXX-XXXX}. Only its SHA-256 is stored: 60 bits are too many
 * to guess back from the hash, and the hash is what an activation looks up.
 */
record FirstTimeCode(String value) {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 12;

    static FirstTimeCode random(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new FirstTimeCode(code.toString());
    }

    /** The code as a person typed or pasted it: case, spaces and dashes do not matter. */
    static FirstTimeCode typed(String text) {
        return new FirstTimeCode(text == null ? "" : text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", ""));
    }

    String shown() {
        return value.length() != LENGTH ? value
                : value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
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
