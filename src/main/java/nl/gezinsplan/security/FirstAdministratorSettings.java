package nl.gezinsplan.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param username the first administrator's user name
 * @param password their password; empty: a one-time set-up link is written to the log instead
 */
@ConfigurationProperties("gezinsplan.security.admin")
record FirstAdministratorSettings(String username, String password) {

    boolean hasPassword() {
        return password != null && !password.isEmpty();
    }
}
