package nl.gezinsplan.portal;

import java.time.Instant;

/**
 * A new invitation as the consultant passes it on: the first-time code (shown once, never stored) and the link that
 * carries it, and the address the link was e-mailed to (null: none).
 */
public record Invitation(long personId, String personName, String code, String link, Instant expiresAt,
                         String emailedTo) {
}
