package nl.gezinsplan.security;

import java.util.Locale;
import java.util.Optional;

/** What a user is to Gezinsplan. The lower-case name is also the user's role group in the workflow engine. */
public enum Role {
    CONSULTANT,
    MANAGER,
    PANEL,
    FAMILY,
    ADMIN;

    public static final String CONSULTANT_NAME = "CONSULTANT";
    public static final String MANAGER_NAME = "MANAGER";
    public static final String PANEL_NAME = "PANEL";
    public static final String FAMILY_NAME = "FAMILY";
    public static final String ADMIN_NAME = "ADMIN";

    public String groupId() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The group of the managers of a team, to whom that team's approvals and escalations go. */
    public static String managersOf(String team) {
        return MANAGER.groupId() + "-" + team;
    }

    /** The team whose managers the group is ({@link #managersOf}); empty for any other group. */
    public static Optional<String> teamManagedBy(String groupId) {
        String prefix = managersOf("");
        return groupId.startsWith(prefix) && groupId.length() > prefix.length()
                ? Optional.of(groupId.substring(prefix.length())) : Optional.empty();
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
