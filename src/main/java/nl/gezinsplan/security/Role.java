package nl.gezinsplan.security;

import java.util.Locale;

/** What a user is to Gezinsplan. The lower-case name is also the user's role group in the workflow engine. */
public enum Role {
    CONSULTANT,
    MANAGER,
    FAMILY,
    ADMIN;

    public static final String CONSULTANT_NAME = "CONSULTANT";
    public static final String MANAGER_NAME = "MANAGER";
    public static final String FAMILY_NAME = "FAMILY";
    public static final String ADMIN_NAME = "ADMIN";

    public String groupId() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
