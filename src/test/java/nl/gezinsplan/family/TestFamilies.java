package nl.gezinsplan.family;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import nl.gezinsplan.SignIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Builds test families through the real service, with fictitious BSNs (9999…) nobody in the database has yet. */
@Component
public class TestFamilies {

    private final Families families;
    private final UserDetailsService users;
    private final JdbcClient jdbc;
    private int next = ThreadLocalRandom.current().nextInt(100_000);

    TestFamilies(Families families, UserDetailsService users, JdbcClient jdbc) {
        this.families = families;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** A family registered by {@code consultant}, who is then its contact person; leaves that consultant signed in. */
    public Family registeredBy(String consultant, String name) {
        SignIn.as(users, consultant);
        return register(name);
    }

    /** A family registered by the consultant who is signed in, who is then its contact person. */
    public Family register(String name) {
        Family family = new Family();
        family.setName(name);
        family.setStreet("Agoraweg");
        family.setHouseNumber("1");
        family.setPostalCode("8224 BZ");
        family.setCity("Lelystad");
        family.setDistrict("Stadshart");
        return families.create(family, person("Sam", name, LocalDate.of(1985, 3, 14), FamilyRole.PARENT));
    }

    /** The id of the member the family was registered with. */
    public long firstMemberOf(Family family) {
        return jdbc.sql("select min(id) from person where family_id = :id").param("id", family.getId())
                .query(Long.class).single();
    }

    public Person person(String firstName, String lastName, LocalDate birthDate, FamilyRole role) {
        Person person = new Person();
        person.setBsn(unusedBsn());
        person.setFirstName(firstName);
        person.setLastName(lastName);
        person.setBirthDate(birthDate);
        person.setFamilyRole(role);
        return person;
    }

    /** A fictitious BSN nobody has yet; null when all are taken, as the city-scale demo data takes them all. */
    public synchronized String unusedBsn() {
        Set<String> taken = Set.copyOf(jdbc.sql("select bsn from person where bsn like '9999%'")
                .query(String.class).list());
        for (int tried = 0; tried < 100_000; tried++) {
            next = (next + 1) % 100_000;
            String candidate = "9999" + String.format("%05d", next);
            if (Bsn.isValid(candidate) && !taken.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
