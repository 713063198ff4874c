package nl.gezinsplan.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Names for lists of work: only of families the caller may read, and listing is not opening a file. */
@IntegrationTest
class FamilyNamesTest {

    @Autowired
    Families families;

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void namesOnlyTheFamiliesAndMembersTheCallerMayRead() {
        Family annas = testFamilies.registeredBy("anna", "Naamlijst");
        Family daans = testFamilies.registeredBy("daan", "Elders");
        long annasMember = firstMemberOf(annas);
        long daansMember = firstMemberOf(daans);
        SignIn.as(users, "anna");

        FamilyNames names = families.names(Set.of(annas.getId(), daans.getId()), Set.of(annasMember, daansMember));

        assertThat(names.family(annas.getId())).isEqualTo("Naamlijst");
        assertThat(names.person(annasMember)).isEqualTo("Sam Naamlijst");
        assertThat(names.family(daans.getId())).as("another team's family").isNull();
        assertThat(names.person(daansMember)).isNull();
    }

    @Test
    void namesAPersonOnlyAlongsideTheirOwnFamily() {
        Family first = testFamilies.registeredBy("anna", "Eerste");
        Family second = testFamilies.registeredBy("anna", "Tweede");

        FamilyNames names = families.names(Set.of(first.getId()), Set.of(firstMemberOf(second)));

        assertThat(names.family(first.getId())).isEqualTo("Eerste");
        assertThat(names.persons()).isEmpty();
    }

    @Test
    void listingIsNotAuditedAsOpeningAFile() {
        Family family = testFamilies.registeredBy("anna", "Ongelogd");
        long auditedBefore = auditRowsOf(family);

        families.names(List.of(family.getId()), List.of(firstMemberOf(family)));

        assertThat(auditRowsOf(family)).isEqualTo(auditedBefore);
    }

    private long firstMemberOf(Family family) {
        return jdbc.sql("select min(id) from person where family_id = :id").param("id", family.getId())
                .query(Long.class).single();
    }

    private long auditRowsOf(Family family) {
        return jdbc.sql("select count(*) from audit_event where family_id = :id").param("id", family.getId())
                .query(Long.class).single();
    }
}
