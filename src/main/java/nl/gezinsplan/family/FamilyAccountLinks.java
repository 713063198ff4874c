package nl.gezinsplan.family;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links a family member's new login to their person, and ends that link: the last step of activating an invitation
 * and of stopping portal access, after the portal's own checks (the invitation's code, the consultant's access to the
 * family), so nothing here checks again. For the portal only (and the demo data, which makes its family member's
 * login directly): Spring Modulith's named interface {@code account-links}, which {@code ModularityTest} keeps to them.
 */
@Service
@Transactional
@NamedInterface("account-links")
public class FamilyAccountLinks {

    private final JdbcClient jdbc;
    private final PersonRepository persons;
    private final FamilyAccounts accounts;
    private final Clock clock;

    FamilyAccountLinks(JdbcClient jdbc, PersonRepository persons, FamilyAccounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Links a new login to a person; the caller has checked the invitation that entitles it. */
    public void link(String username, long personId, String linkedBy) {
        Person person = persons.findById(personId).orElseThrow();
        jdbc.sql("""
                        insert into family_account (username, person_id, family_id, linked_at, linked_by)
                        values (:username, :personId, :familyId, :now, :linkedBy)""")
                .param("username", username)
                .param("personId", personId)
                .param("familyId", person.getFamilyId())
                .param("now", Timestamp.from(clock.instant()))
                .param("linkedBy", linkedBy)
                .update();
    }

    /** Ends the person's portal access; returns the login that had it, if any. */
    public Optional<String> revoke(long personId, String revokedBy) {
        Optional<String> username = accounts.activeLoginOf(personId);
        jdbc.sql("""
                        update family_account set revoked_at = :now, revoked_by = :revokedBy
                        where person_id = :personId and revoked_at is null""")
                .param("now", Timestamp.from(clock.instant()))
                .param("revokedBy", revokedBy)
                .param("personId", personId)
                .update();
        return username;
    }
}
