package nl.gezinsplan.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which person in which family a family member's login belongs to, and which members' items they may see: a youth of
 * 16 or older sees only their own, and what concerns only them is hidden from the rest of the family. Making and
 * ending the link is {@link FamilyAccountLinks}, for the portal only.
 */
@Service
@Transactional
public class FamilyAccounts {

    private final JdbcClient jdbc;
    private final PersonRepository persons;
    private final CurrentUser currentUser;
    private final Clock clock;

    FamilyAccounts(JdbcClient jdbc, PersonRepository persons, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in family member; refuses anyone else, and a member whose access was revoked. */
    @Transactional(readOnly = true)
    public FamilyMember requireSignedIn() {
        return signedIn().orElseThrow(() -> new AccessDeniedException("Not a family member with portal access"));
    }

    /** The signed-in family member, if the caller is one whose login is linked to a person and not revoked. */
    @Transactional(readOnly = true)
    public Optional<FamilyMember> signedIn() {
        return currentUser.get().filter(user -> user.role() == Role.FAMILY).flatMap(this::memberOf);
    }

    /** The members whose own items {@code member} sees (themselves included); shared items are for everyone. */
    @Transactional(readOnly = true)
    public Set<Long> visiblePersonIds(FamilyMember member) {
        LocalDate today = LocalDate.now(clock);
        if (member.hasOwnSayOn(today)) {
            return Set.of(member.personId());
        }
        return persons.findByFamilyId(member.familyId()).stream()
                .filter(person -> person.getId() == member.personId()
                        || !FamilyMember.hasOwnSay(person.getFamilyRole(), person.ageOn(today)))
                .map(Person::getId)
                .collect(Collectors.toSet());
    }

    @Transactional(readOnly = true)
    public Optional<String> activeLoginOf(long personId) {
        return jdbc.sql("select username from family_account where person_id = :personId and revoked_at is null")
                .param("personId", personId)
                .query(String.class)
                .optional();
    }

    private Optional<FamilyMember> memberOf(DirectoryUser user) {
        return jdbc.sql("""
                        select a.username, p.id, p.family_id, p.first_name, p.last_name, p.family_role, p.birth_date
                        from family_account a join person p on p.id = a.person_id
                        where lower(a.username) = lower(:username) and a.revoked_at is null""")
                .param("username", user.username())
                .query((rs, row) -> new FamilyMember(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), FamilyRole.valueOf(rs.getString(6)), rs.getDate(7).toLocalDate()))
                .optional();
    }
}
