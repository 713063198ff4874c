package nl.gezinsplan.family;

import java.time.Instant;

/** A family member's login to the portal, as the consultant sees it on the family page. */
public record PortalLogin(long personId, String username, Instant linkedAt) {
}
