package nl.gezinsplan.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What every password chosen in Gezinsplan must be, wherever it is chosen (a family member's portal login, a new
 * password after a reset code, the first administrator's): at least 12 characters, not the user name, not one of the
 * 10,000 most common passwords, and at most 72 bytes in UTF-8, all BCrypt reads. The list is SecLists'
 * {@code Passwords/Common-Credentials/10k-most-common.txt} (MIT licence), shipped in {@code security/common-passwords.txt}
 * and compared regardless of letter case.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    static final String COMMON_PASSWORDS = "/security/common-passwords.txt";

    private final Set<String> common = load();

    /** The message key of the first rule {@code password} breaks for {@code username}; empty when it meets them all. */
    public Optional<String> refusal(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("security.password.too-short");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("security.password.too-long");
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            return Optional.of("security.password.username");
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("security.password.common");
        }
        return Optional.empty();
    }

    /** @throws AccountRefused with the reason, when {@code password} breaks a rule */
    void check(String username, String password) {
        refusal(username, password).ifPresent(key -> {
            throw new AccountRefused(key);
        });
    }

    int commonPasswords() {
        return common.size();
    }

    private static Set<String> load() {
        try (InputStream list = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (list == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the application");
            }
            return new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
