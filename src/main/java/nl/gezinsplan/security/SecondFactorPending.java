package nl.gezinsplan.security;

import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A login whose password was right but whose second step is still to come. To Spring Security, Vaadin and
 * {@link CurrentUser} it is an anonymous visitor, so it reaches no page or service but the anonymous ones (the login
 * and the second step); it holds the login it becomes after a correct code, without the password. Its name is the
 * user's.
 */
final class SecondFactorPending extends AnonymousAuthenticationToken {

    private static final long serialVersionUID = 1L;

    static final String AUTHORITY = "ROLE_SECOND_FACTOR_PENDING";

    private final Authentication passwordLogin;

    SecondFactorPending(Authentication passwordLogin) {
        super(SecondFactorPending.class.getName(), passwordLogin.getPrincipal(),
                List.of(new SimpleGrantedAuthority(AUTHORITY)));
        if (passwordLogin instanceof CredentialsContainer credentials) {
            credentials.eraseCredentials();
        }
        this.passwordLogin = passwordLogin;
        setDetails(passwordLogin.getDetails());
    }

    Authentication passwordLogin() {
        return passwordLogin;
    }
}
