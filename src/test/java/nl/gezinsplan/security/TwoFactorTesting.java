package nl.gezinsplan.security;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Instant;
import java.util.Set;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * For tests of two-factor sign-in in any package: the mode switched on the shared context (and back), a user with a
 * password, a login through the real password check, and the code an authenticator app would show.
 */
public final class TwoFactorTesting {

    public static final String PASSWORD = "two-factor-password";

    private TwoFactorTesting() {
    }

    /** Set it back to {@link TwoFactorMode#OFF}, the demo's, after the test. */
    public static void useMode(TwoFactorPolicy policy, TwoFactorMode mode) {
        policy.use(mode);
    }

    /** A user with {@link #PASSWORD}, in team Wmo unless a family member or administrator. */
    public static String user(UserAccounts accounts, String username, Role role) {
        accounts.createIfAbsent(username, "Twee", "Stap " + username, null, PASSWORD, role,
                role == Role.FAMILY || role == Role.ADMIN ? Set.of() : Set.of("wmo"));
        return username;
    }

    /** The login page's password check from {@code address}; the result is put in the security context. */
    public static Authentication passwordLogin(AuthenticationProvider logins, String username, String address) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
                PASSWORD);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        Authentication result = logins.authenticate(attempt);
        SecurityContextHolder.getContext().setAuthentication(result);
        return result;
    }

    /** The 30-second time step of now, as TOTP counts. */
    public static long currentStep() {
        return Instant.now().getEpochSecond() / TwoFactor.PERIOD_SECONDS;
    }

    /** The code an authenticator app shows at {@code step} for {@code secret} (spaces, as shown on screen, ignored). */
    public static String code(String secret, long step) {
        try {
            return new DefaultCodeGenerator().generate(secret.replace(" ", ""), step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
