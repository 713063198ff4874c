package nl.gezinsplan.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The login's second step, for a session whose password was right ({@link SecondFactorPending}): a code from the
 * app or a recovery code, or, for a user who must but has not enrolled yet, the enrolment. Wrong codes count toward
 * the lock exactly as wrong passwords do ({@link LoginAttempts}). Done, the session holds the password's login: the
 * user's name and role, as after a login without two-factor.
 */
@Component
public class SecondFactorLogin {

    /** Whose login waits for its second step, and whether that step is the enrolment. */
    public record Pending(String username, boolean mustEnrol) {
    }

    private final TwoFactor twoFactor;
    private final LoginAttempts attempts;

    SecondFactorLogin(TwoFactor twoFactor, LoginAttempts attempts) {
        this.twoFactor = twoFactor;
        this.attempts = attempts;
    }

    public boolean isPending() {
        return pendingLogin().isPresent();
    }

    public Optional<Pending> pending() {
        return pendingLogin().map(login -> new Pending(login.getName(), !twoFactor.enrolled(login.getName())));
    }

    public TwoFactor.Enrolment startEnrolment() {
        return twoFactor.start(requirePending().getName());
    }

    /**
     * Enrols with the app's first code and completes the login.
     *
     * @return the recovery codes, to be shown once
     * @throws AccountRefused when the code is not the app's
     */
    public List<String> confirmEnrolment(String code, HttpServletRequest request) {
        SecondFactorPending login = requirePending();
        List<String> recoveryCodes = twoFactor.confirm(login.getName(), code);
        complete(login, request);
        return recoveryCodes;
    }

    /**
     * Completes the login when {@code code} is the app's current code or an unused recovery code.
     *
     * @throws LoginPaused   while the account or address waits after failures (the code is not looked at)
     * @throws AccountRefused when the code is missing or wrong, which counts as a failed login
     */
    public void verify(String code, HttpServletRequest request) {
        SecondFactorPending login = requirePending();
        String username = login.getName();
        String address = request.getRemoteAddr() == null ? "" : request.getRemoteAddr();
        if (code == null || code.isBlank()) {
            throw new AccountRefused("security.two-factor.code-required");
        }
        attempts.refuseWhilePaused(username, address);
        if (!twoFactor.accepts(username, code)) {
            attempts.failed(username, address);
            throw new AccountRefused("security.two-factor.wrong-code");
        }
        attempts.succeeded(username, address);
        complete(login, request);
    }

    /** The session now holds the password's login, for this request and the next ones. */
    private static void complete(SecondFactorPending login, HttpServletRequest request) {
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(login.passwordLogin());
        holder.setContext(context);
        request.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }

    private static Optional<SecondFactorPending> pendingLogin() {
        return SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication()
                instanceof SecondFactorPending login ? Optional.of(login) : Optional.empty();
    }

    private static SecondFactorPending requirePending() {
        return pendingLogin().orElseThrow(() -> new IllegalStateException("No login waits for its second step"));
    }
}
