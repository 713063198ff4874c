package nl.gezinsplan.security;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.gezinsplan.SignIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Staff members made by the administrator, each with a user name of their own, for tests. They work in teams of
 * their own, so that the demo teams' members, managers and candidates stay as other tests expect them.
 */
@Component
public class TestStaff {

    public static final String TEAM = "proef";
    public static final String OTHER_TEAM = "proef-twee";

    private static final AtomicInteger NUMBER = new AtomicInteger();

    private final StaffAdministration staff;
    private final UserDetailsService users;

    TestStaff(StaffAdministration staff, UserDetailsService users, JdbcClient jdbc) {
        this.staff = staff;
        this.users = users;
        jdbc.sql("insert into team (code, name) values (:team, 'Proef'), (:other, 'Proef twee') on conflict do nothing")
                .param("team", TEAM).param("other", OTHER_TEAM).update();
    }

    /** A new user name, not yet taken, starting with {@code prefix}. */
    public static String newUsername(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + NUMBER.incrementAndGet();
    }

    public static StaffDetails details(String username, Role role, String... teams) {
        return new StaffDetails("Test", "Medewerker " + username, username + "@gemeente.example", role, Set.of(teams));
    }

    /** Creates a staff member as the demo administrator; whoever was signed in before is again afterwards. */
    public DirectoryUser create(String prefix, Role role, String... teams) {
        String username = newUsername(prefix);
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        SignIn.as(users, "beheer");
        try {
            return staff.create(username, details(username, role, teams));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
