package nl.gezinsplan.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param baseUrl       where users open Gezinsplan; a reset or set-up link starts with it
 * @param resetValidFor how long an administrator's reset code works
 * @param setUpValidFor how long the first administrator's set-up link works
 * @param help          whom the login page's "Wachtwoord vergeten?" tells users to ask
 */
@ConfigurationProperties("gezinsplan.security.password")
record PasswordSettings(String baseUrl, Duration resetValidFor, Duration setUpValidFor, String help) {
}
