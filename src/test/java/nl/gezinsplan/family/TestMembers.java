package nl.gezinsplan.family;

import java.util.concurrent.atomic.AtomicInteger;
import nl.gezinsplan.security.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds family members and gives them a portal login, as an activated invitation does. */
@Component
public class TestMembers {

    public static final String PASSWORD = "lang-genoeg-wachtwoord";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final UserAccounts accounts;
    private final FamilyAccountLinks familyAccounts;
    private final JdbcClient jdbc;

    TestMembers(UserAccounts accounts, FamilyAccountLinks familyAccounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.familyAccounts = familyAccounts;
        this.jdbc = jdbc;
    }

    /** The family's first parent (the lowest person id). */
    public long parentOf(long familyId) {
        return jdbc.sql("select min(id) from person where family_id = :id and family_role = 'PARENT'")
                .param("id", familyId).query(Long.class).single();
    }

    /** A new login linked to the person; returns its user name. */
    public String portalLogin(long personId) {
        String username = "lid-" + personId + "-" + NEXT.incrementAndGet();
        accounts.createFamilyLogin(username, "Lid", String.valueOf(personId), PASSWORD);
        familyAccounts.link(username, personId, "test");
        return username;
    }
}
