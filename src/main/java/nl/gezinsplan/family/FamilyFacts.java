package nl.gezinsplan.family;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules read of families and their members by id, so that no other module's SQL reads the family's
 * tables. Without an access check or audit, on purpose: the caller has checked the reader's right to the family
 * through {@link FamilyAccess} (which records the read once), or works for the route with nobody signed in (the
 * decision letter, a grant). It gives no BSN.
 */
@Service
@Transactional(readOnly = true)
public class FamilyFacts {

    private final PersonRepository persons;
    private final FamilyRepository families;
    private final ContactPersonRepository contactPersons;
    private final JdbcClient jdbc;

    FamilyFacts(PersonRepository persons, FamilyRepository families, ContactPersonRepository contactPersons,
                JdbcClient jdbc) {
        this.persons = persons;
        this.families = families;
        this.contactPersons = contactPersons;
        this.jdbc = jdbc;
    }

    /** A member, or empty for an unknown id. */
    public Optional<MemberFacts> member(long personId) {
        return persons.findById(personId).map(MemberFacts::of);
    }

    /** Whether the person is a member of the family: false for an unknown person or one of another family. */
    public boolean isMember(long familyId, long personId) {
        return member(personId).filter(member -> member.familyId() == familyId).isPresent();
    }

    /** The members among {@code personIds} by id; unknown ids are left out. */
    public Map<Long, MemberFacts> members(Collection<Long> personIds) {
        return persons.findAllById(personIds).stream().map(MemberFacts::of)
                .collect(Collectors.toMap(MemberFacts::id, Function.identity()));
    }

    /** The family's members, oldest first. */
    public List<MemberFacts> membersOf(long familyId) {
        return persons.findByFamilyId(familyId).stream().map(MemberFacts::of).toList();
    }

    /** The display names of the family's members, by id. */
    public Map<Long, String> memberNames(long familyId) {
        return membersOf(familyId).stream().collect(Collectors.toMap(MemberFacts::id, MemberFacts::name));
    }

    /** The members of the family with an active portal login, and since when they have it. */
    public Map<Long, Instant> portalLoginsSince(long familyId) {
        return jdbc.sql("""
                        select person_id, linked_at from family_account
                        where family_id = :familyId and revoked_at is null""")
                .param("familyId", familyId)
                .query((rs, row) -> Map.entry(rs.getLong("person_id"), rs.getTimestamp("linked_at").toInstant()))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public FamilyAddress address(long familyId) {
        Family family = families.findById(familyId).orElseThrow();
        return new FamilyAddress(family.getStreet(), family.getHouseNumber(), family.getPostalCode(),
                family.getCity());
    }

    /** The family's name, as the family page shows it. */
    public String name(long familyId) {
        return families.findById(familyId).map(Family::getName).orElseThrow();
    }

    /** The login of the family's current contact person, if it has one. */
    public Optional<String> contactPerson(long familyId) {
        return contactPersons.findCurrent(familyId).map(ContactPerson::username);
    }

    /** The families whose current contact person is {@code username} (any letter case): id to family name. */
    public Map<Long, String> caseloadOf(String username) {
        return jdbc.sql("""
                        select f.id, f.name from family f
                        where f.id in (select c.family_id from contact_person c
                                       where c.ended_at is null and lower(c.username) = lower(:username))""")
                .param("username", username)
                .query((rs, row) -> Map.entry(rs.getLong("id"), rs.getString("name")))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** A family's address as its letters show it. */
    public record FamilyAddress(String street, String houseNumber, String postalCode, String city) {
    }
}
