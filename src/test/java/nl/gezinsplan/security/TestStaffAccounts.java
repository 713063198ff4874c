package nl.gezinsplan.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
public class TestStaffAccounts {

    public static final String TEAM = "proef";
    public static final String OTHER_TEAM = "proef-twee";

    private static final AtomicInteger NUMBER = new AtomicInteger();

    private final StaffAdministration staff;
    private final UserDetailsService users;
    private final JdbcClient jdbc;

    TestStaffAccounts(StaffAdministration staff, UserDetailsService users, JdbcClient jdbc) {
        this.staff = staff;
        this.users = users;
        this.jdbc = jdbc;
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

    /** The details of the administrative acts of this kind on the trail, all outside any family file. */
    public List<String> recorded(String subject) {
        return jdbc.sql("select detail from audit_event where subject = :subject and family_id is null")
                .param("subject", subject).query(String.class).list();
    }

    public static void assertRefused(Runnable call, String messageKey) {
        assertThatThrownBy(call::run).isInstanceOf(AccountRefused.class)
                .extracting(refused -> ((AccountRefused) refused).messageKey()).isEqualTo(messageKey);
    }
}
