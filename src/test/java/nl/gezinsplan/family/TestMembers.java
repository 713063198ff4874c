package nl.gezinsplan.family;

import java.util.concurrent.atomic.AtomicInteger;
import nl.gezinsplan.security.UserAccounts;
import org.springframework.stereotype.Component;

/** Gives family members a portal login, as an activated invitation does. */
@Component
public class TestMembers {

    public static final String PASSWORD = "lang-genoeg-wachtwoord";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final UserAccounts accounts;
    private final FamilyAccounts familyAccounts;

    TestMembers(UserAccounts accounts, FamilyAccounts familyAccounts) {
        this.accounts = accounts;
        this.familyAccounts = familyAccounts;
    }

    /** A new login linked to the person; returns its user name. */
    public String portalLogin(long personId) {
        String username = "lid-" + personId + "-" + NEXT.incrementAndGet();
        accounts.createFamilyLogin(username, "Lid", String.valueOf(personId), PASSWORD);
        familyAccounts.link(username, personId, "test");
        return username;
    }
}
