package nl.gezinsplan.security;

import java.util.List;
import java.util.Optional;
import nl.gezinsplan.security.SingleSignOnUsers.SingleSignOnRefused;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The door for single sign-on, when configured ({@link SingleSignOnProperties}): OpenID Connect login at the provider,
 * after which the person is the Gezinsplan user the claim names, with that user's role as authority and user name as
 * {@code Authentication#getName()}, exactly as after a password login.
 */
@Component
public class SingleSignOn {

    /** The client registration's id; the provider redirects back to {@code /login/oauth2/code/gezinsplan}. */
    public static final String REGISTRATION_ID = "gezinsplan";
    /** Where the login page's link starts single sign-on. */
    public static final String START_PATH = "oauth2/authorization/" + REGISTRATION_ID;
    /** The page that explains a refusal; the reason's code is its {@code reden} parameter. */
    public static final String REFUSED_PATH = "aanmelden-geweigerd";

    private final SingleSignOnProperties properties;
    private final SingleSignOnUsers users;

    SingleSignOn(SingleSignOnProperties properties, SingleSignOnUsers users) {
        this.properties = properties;
        this.users = users;
    }

    public boolean enabled() {
        return properties.enabled();
    }

    /** Whether the password login is open; when not, passwords are refused at every door, not only hidden. */
    public boolean passwordLogin() {
        return properties.passwordLogin();
    }

    /** The provider's name for the login page, if one is configured. */
    public Optional<String> providerName() {
        return Optional.ofNullable(properties.providerName()).filter(StringUtils::hasText);
    }

    /** Adds the OpenID Connect login to the application's filter chain, when single sign-on is configured. */
    public void configure(HttpSecurity http) throws Exception {
        if (!enabled()) {
            return;
        }
        http.oauth2Login(login -> login
                .loginPage("/" + LoginPage.PATH)
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(gezinsplanUsers()))
                .failureHandler((request, response, failure) -> response.sendRedirect(
                        request.getContextPath() + "/" + REFUSED_PATH + "?reden=" + refusal(failure).code())));
    }

    private OAuth2UserService<OidcUserRequest, OidcUser> gezinsplanUsers() {
        OidcUserService provider = new OidcUserService();
        return request -> {
            OidcUser person = provider.loadUser(request);
            try {
                UserAccount account = users.signOn(person.getClaims());
                return new SignedOnUser(person, account.username(), account.role());
            } catch (SingleSignOnRefused refused) {
                throw new OAuth2AuthenticationException(new OAuth2Error(refused.reason().code()),
                        "Single sign-on refused: " + refused.reason());
            }
        };
    }

    private static SingleSignOnRefusal refusal(AuthenticationException failure) {
        return failure instanceof OAuth2AuthenticationException oauth
                ? SingleSignOnRefusal.ofCode(oauth.getError().getErrorCode()) : SingleSignOnRefusal.FAILED;
    }

    /** The provider's person as the Gezinsplan user: named by their user name, with their role's authority. */
    static final class SignedOnUser extends DefaultOidcUser {

        private static final long serialVersionUID = 1L;

        private final String username;

        SignedOnUser(OidcUser person, String username, Role role) {
            super(List.of(new SimpleGrantedAuthority(role.authority())), person.getIdToken(), person.getUserInfo());
            this.username = username;
        }

        @Override
        public String getName() {
            return username;
        }
    }
}
