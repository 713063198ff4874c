package nl.gezinsplan.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Every login with a user name and password (the login page and the engine's REST API): refused without looking at
 * the password while its account, its address or the pair of both is paused after failures; otherwise checked, and
 * the result counted. The address is the request's, which is the client's only when the forward headers of a
 * trusted proxy are honoured ({@code server.forward-headers-strategy}). A right password of an account with two-factor
 * gives a {@link SecondFactorPending} login, which the second step ({@link SecondFactorLogin}) completes. While the
 * password login is switched off ({@link SingleSignOnProperties}) only family members, who have no staff single
 * sign-on, log in with a password.
 */
@Component
class LoginAttempts implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final UserAccounts accounts;
    private final PasswordResets resets;
    private final LoginThrottle throttle;
    private final TwoFactor twoFactor;
    private final Clock clock;
    private final SingleSignOnProperties singleSignOn;

    LoginAttempts(UserAccounts accounts, PasswordResets resets, PasswordEncoder passwordEncoder, LoginThrottle throttle,
                  TwoFactor twoFactor, Clock clock, SingleSignOnProperties singleSignOn) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.accounts = accounts;
        this.resets = resets;
        this.throttle = throttle;
        this.twoFactor = twoFactor;
        this.clock = clock;
        this.singleSignOn = singleSignOn;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "";
        refuseWhilePaused(username, address);
        try {
            Authentication authenticated = withPasswordOrCode(attempt);
            if (!singleSignOn.passwordLogin()
                    && !authenticated.getAuthorities().contains(new SimpleGrantedAuthority(Role.FAMILY.authority()))) {
                // the right password, so no failure to count; refused as a wrong one, which says nothing more
                throw new InsufficientAuthenticationException("Staff log in with single sign-on");
            }
            // a login that must choose a password logs in again once it has, and takes the second step then
            if (!PasswordResets.mustChoosePassword(authenticated) && twoFactor.dueAtLogin(username)) {
                // the failures stay counted until the code is right: a known password does not reset the count
                return new SecondFactorPending(authenticated);
            }
            succeeded(username, address);
            return authenticated;
        } catch (BadCredentialsException failure) {
            failed(username, address);
            throw failure;
        }
    }

    /** Also for the second step: a wrong code counts as a wrong password does. */
    void refuseWhilePaused(String username, String address) {
        Instant now = clock.instant();
        Optional<Instant> pausedUntil = Stream.of(throttle.pausedUntil(username, address, now),
                        accounts.delayedUntil(username).filter(until -> until.isAfter(now)))
                .flatMap(Optional::stream)
                .max(Instant::compareTo);
        if (pausedUntil.isPresent()) {
            throw new LoginPaused(pausedUntil.get());
        }
    }

    void failed(String username, String address) {
        accounts.recordFailedLogin(username);
        throttle.failed(username, address, clock.instant());
    }

    void succeeded(String username, String address) {
        accounts.recordSuccessfulLogin(username);
        throttle.succeeded(username, address);
    }

    /** The password, else a one-time code (reset or set-up), which works once and makes the login choose a password. */
    private Authentication withPasswordOrCode(Authentication attempt) {
        try {
            return passwords.authenticate(attempt);
        } catch (BadCredentialsException wrongPassword) {
            if (attempt.getCredentials() instanceof String code && resets.signInWithCode(attempt.getName(), code)) {
                UserDetails user = accounts.loadUserByUsername(attempt.getName());
                return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            }
            throw wrongPassword;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
