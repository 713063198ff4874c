package nl.gezinsplan.security;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Optional single sign-on with an OpenID Connect provider (Entra ID, Keycloak, ...), and whether the password login
 * stays open. Checked at start: a combination in which nobody could log in stops the application with the reason.
 *
 * @param issuerUri     the provider's issuer; single sign-on is off while it is empty
 * @param clientId      Gezinsplan's client id at the provider
 * @param clientSecret  Gezinsplan's client secret at the provider
 * @param userClaim     the claim that names the Gezinsplan user: {@code email} (matched with the account's e-mail
 *                      address) or {@code preferred_username} (matched with the user name), both ignoring case
 * @param createUsers   whether a person the provider knows and Gezinsplan does not is created as a consultant
 *                      without teams, who waits for an administrator to give them a team
 * @param passwordLogin whether users may also log in with their Gezinsplan password; off only with single sign-on
 * @param providerName  the provider as the login page names it; empty for "eenmalige aanmelding"
 */
@ConfigurationProperties("gezinsplan.security.sso")
public record SingleSignOnProperties(String issuerUri, String clientId, String clientSecret,
                                     @DefaultValue(EMAIL) String userClaim, boolean createUsers,
                                     @DefaultValue("true") boolean passwordLogin, String providerName) {

    static final String EMAIL = "email";
    static final String PREFERRED_USERNAME = "preferred_username";

    public SingleSignOnProperties {
        boolean enabled = StringUtils.hasText(issuerUri);
        if (!passwordLogin && !enabled) {
            throw new IllegalStateException("GEZINSPLAN_PASSWORD_LOGIN=false switches the password login off, but"
                    + " single sign-on is not configured (GEZINSPLAN_SSO_ISSUER_URI is empty): nobody could log in."
                    + " Configure single sign-on or leave the password login on.");
        }
        if (enabled && !StringUtils.hasText(clientId)) {
            throw new IllegalStateException("GEZINSPLAN_SSO_ISSUER_URI is set but GEZINSPLAN_SSO_CLIENT_ID is not:"
                    + " single sign-on needs the client id Gezinsplan has at the provider.");
        }
        if (!Set.of(EMAIL, PREFERRED_USERNAME).contains(userClaim)) {
            throw new IllegalStateException("GEZINSPLAN_SSO_USER_CLAIM must be '" + EMAIL + "' or '"
                    + PREFERRED_USERNAME + "', not '" + userClaim + "'.");
        }
    }

    public boolean enabled() {
        return StringUtils.hasText(issuerUri);
    }
}
