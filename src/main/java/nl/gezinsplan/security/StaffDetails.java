package nl.gezinsplan.security;

import java.util.Set;

/**
 * What the administrator enters about a staff member. For a manager, the teams are the teams they lead; a panel
 * member is in the panel team; an administrator is in none ({@link UserAccount} holds these rules).
 */
public record StaffDetails(String firstName, String lastName, String email, Role role, Set<String> teamCodes) {

    public StaffDetails {
        teamCodes = teamCodes == null ? Set.of() : Set.copyOf(teamCodes);
    }

    /** The same, without the spaces around what was typed. */
    StaffDetails trimmed() {
        return new StaffDetails(trim(firstName), trim(lastName), trim(email), role, teamCodes);
    }

    private static String trim(String text) {
        return text == null ? null : text.strip();
    }
}
