package nl.gezinsplan.security;

import java.time.Instant;
import java.util.Set;

/**
 * A user as colleagues, the workflow engine and the administrator see them: no password, no case data. An inactive
 * (deactivated) user can no longer log in; they are still found by name, so that histories keep their name.
 */
public record DirectoryUser(String username, String firstName, String lastName, String email, Role role,
                            Set<String> teamCodes, Instant lockedUntil, boolean active) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    DirectoryUser lockedUntil(Instant until) {
        return new DirectoryUser(username, firstName, lastName, email, role, teamCodes, until, active);
    }

    public boolean isLockedAt(Instant moment) {
        return lockedUntil != null && lockedUntil.isAfter(moment);
    }
}
