package nl.gezinsplan.security;

import java.time.Instant;

/**
 * A one-time code as the administrator sees it once, to pass on: the user logs in with it (or opens the link, which
 * fills it in) and then chooses a new password.
 */
public record IssuedCode(String username, String code, String link, Instant expiresAt) {
}
