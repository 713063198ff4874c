package nl.gezinsplan.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.AuditEvent;
import nl.gezinsplan.security.AuditFilter;
import nl.gezinsplan.security.AuditLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class FamiliesTest {

    @Autowired
    Families families;

    @Autowired
    FamilyTeams familyTeams;

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    AuditLog audit;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theConsultantWhoRegistersAFamilyBecomesItsContactPerson() {
        Family family = testFamilies.registeredBy("anna", "Registreer");

        FamilyFile file = families.open(family.getId());

        assertThat(file.contactPerson()).hasValueSatisfying(contact -> {
            assertThat(contact.username()).isEqualTo("anna");
            assertThat(contact.fullName()).isEqualTo("Anna de Vries");
        });
        assertThat(file.members()).extracting(Person::getLastName).containsExactly("Registreer");
    }

    @Test
    void anInvalidBsnIsRefusedAndNothingIsSaved() {
        SignIn.as(users, "anna");
        long before = countFamilies();
        Person person = testFamilies.person("Iris", "Fout", LocalDate.of(1990, 1, 1), FamilyRole.PARENT);
        person.setBsn("999990018");

        assertThatThrownBy(() -> families.create(familyNamed("Fout"), person))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("family.person.bsn.invalid");
        assertThat(countFamilies()).isEqualTo(before);
    }

    @Test
    void aBsnThatIsAlreadyKnownIsRefused() {
        Family family = testFamilies.registeredBy("anna", "Dubbel");
        String knownBsn = families.open(family.getId()).members().get(0).getBsn();
        Person twin = testFamilies.person("Tom", "Dubbel", LocalDate.of(2010, 5, 5), FamilyRole.CHILD);
        twin.setBsn(knownBsn);

        assertThatThrownBy(() -> families.addPerson(family.getId(), twin))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("family.person.bsn.taken");
    }

    @ParameterizedTest
    @CsvSource({"2099-01-01, input.date.future", "2999-01-01, input.date.out-of-range",
            "1890-01-01, input.date.out-of-range", "1901-01-01, family.person.birth-date.invalid"})
    void aBirthDateInTheFutureOrLongAgoIsRefusedSayingWhy(String birthDate, String message) {
        Family family = testFamilies.registeredBy("anna", "Datum");

        assertThatThrownBy(() -> families.addPerson(family.getId(),
                testFamilies.person("Ada", "Datum", LocalDate.parse(birthDate), FamilyRole.CHILD)))
                .hasMessage(message);
    }

    @Test
    void aConsultantOfAnUnrelatedTeamIsRefusedAndTheRefusalIsAudited() {
        Family family = testFamilies.registeredBy("anna", "Geweigerd");

        SignIn.as(users, "carla");
        assertThatThrownBy(() -> families.open(family.getId())).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "marieke");
        assertThat(audit.search(new AuditFilter("carla", family.getId(), AuditAction.DENIED, null, null), 0, 10))
                .extracting(AuditEvent::subject)
                .containsExactly("audit.family.read");
    }

    @Test
    void aConsultantMayOpenAFamilyOnceTheirTeamHasOpenWorkForIt() {
        Family family = testFamilies.registeredBy("anna", "Wmo-werk");
        transaction.executeWithoutResult(status -> familyTeams.replace(family.getId(), Collections.singletonMap("wmo", null)));

        SignIn.as(users, "carla");

        assertThat(families.open(family.getId()).family().getName()).isEqualTo("Wmo-werk");
    }

    @Test
    void aTeamManagerSeesTheFamiliesOfTheirTeamsOnly() {
        Family family = testFamilies.registeredBy("anna", "Teamgezin");

        SignIn.as(users, "marieke");
        assertThat(families.open(family.getId()).family().getName()).isEqualTo("Teamgezin");

        SignIn.as(users, "mohamed");
        assertThatThrownBy(() -> families.open(family.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"beheer", "sanne"})
    void administratorsAndFamilyMembersReadNoCaseContentHere(String user) {
        Family family = testFamilies.registeredBy("anna", "Geen inzage");

        SignIn.as(users, user);

        assertThatThrownBy(() -> families.open(family.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(families.search("Geen inzage", 0, 10)).isEmpty();
    }

    @Test
    void onlyAConsultantWithAccessChangesAFamily() {
        Family family = testFamilies.registeredBy("anna", "Wijzig");

        SignIn.as(users, "marieke");
        family.setDistrict("Boswijk");
        assertThatThrownBy(() -> families.update(family)).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "anna");
        families.update(family);
        assertThat(families.open(family.getId()).family().getDistrict()).isEqualTo("Boswijk");
    }

    @Test
    void searchFindsFamiliesByNameBsnOrBirthDateAmongThoseTheCallerMayOpen() {
        Family family = testFamilies.registeredBy("anna", "Zoekvink");
        Person child = testFamilies.person("Noor", "Zoekvink", LocalDate.of(2012, 7, 9), FamilyRole.CHILD);
        families.addPerson(family.getId(), child);

        assertThat(families.search("zoekv", 0, 10)).extracting(FamilySummary::id).containsExactly(family.getId());
        assertThat(families.search("noor", 0, 50)).extracting(FamilySummary::id).contains(family.getId());
        assertThat(families.search(child.getBsn(), 0, 10)).extracting(FamilySummary::id).containsExactly(family.getId());
        assertThat(families.search("9-7-2012", 0, 10)).extracting(FamilySummary::id).contains(family.getId());
        assertThat(families.search(child.getBsn(), 0, 10).get(0).match())
                .isEqualTo(new FamilySummary.Match(FamilySummary.Match.Field.BSN, "Noor Zoekvink"));
        assertThat(families.search("9-7-2012", 0, 10)).filteredOn(summary -> summary.id() == family.getId())
                .extracting(FamilySummary::match)
                .containsExactly(new FamilySummary.Match(FamilySummary.Match.Field.BIRTH_DATE, "Noor Zoekvink"));
        assertThat(families.search("noor", 0, 50)).filteredOn(summary -> summary.id() == family.getId())
                .extracting(FamilySummary::match)
                .containsExactly(new FamilySummary.Match(FamilySummary.Match.Field.MEMBER_NAME, "Noor Zoekvink"));
        assertThat(families.search("zoekv", 0, 10).get(0))
                .satisfies(summary -> {
                    assertThat(summary.members()).containsExactly(new FamilySummary.Member("Sam Zoekvink", 1985),
                            new FamilySummary.Member("Noor Zoekvink", 2012));
                    assertThat(summary.match()).isEqualTo(new FamilySummary.Match(FamilySummary.Match.Field.FAMILY_NAME, null));
                    assertThat(summary.contactPerson()).isEqualTo("Anna de Vries");
                });

        SignIn.as(users, "daan");
        assertThat(families.search("zoekv", 0, 10)).isEmpty();
        assertThat(families.search(child.getBsn(), 0, 10)).isEmpty();
    }

    @Test
    void theCaseloadIsTheFamiliesOfWhichIAmTheContactPerson() {
        Family family = testFamilies.registeredBy("daan", "Caseload");

        assertThat(families.myCaseload(0, 1_000)).extracting(FamilySummary::id).contains(family.getId());
        assertThat(families.myCaseloadSize()).isPositive();

        SignIn.as(users, "anna");
        assertThat(families.myCaseload(0, 1_000)).extracting(FamilySummary::id).doesNotContain(family.getId());
    }

    @Test
    void handingOverKeepsTheHistoryOfContactPersons() {
        Family family = testFamilies.registeredBy("anna", "Overdracht");

        families.assignContactPerson(family.getId(), "bram");

        SignIn.as(users, "bram");
        List<ContactPerson> history = families.contactPersonHistory(family.getId());
        assertThat(history).extracting(ContactPerson::username).containsExactly("bram", "anna");
        assertThat(history.get(0).endedAt()).isNull();
        assertThat(history.get(1).endedAt()).isNotNull();
        assertThat(families.open(family.getId()).contactPerson()).hasValueSatisfying(
                contact -> assertThat(contact.username()).isEqualTo("bram"));
    }

    @Test
    void whoHandsOverLosesAccessUnlessTheirTeamStillWorksWithTheFamily() {
        Family family = testFamilies.registeredBy("anna", "Losgelaten");

        families.assignContactPerson(family.getId(), "daan");

        assertThatThrownBy(() -> families.open(family.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyAConsultantCanBeAContactPerson() {
        Family family = testFamilies.registeredBy("anna", "Geen consulent");

        assertThatThrownBy(() -> families.assignContactPerson(family.getId(), "marieke"))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("family.contact.not-a-consultant");
    }

    @Test
    void readsAndChangesAreInTheAuditTrailAndChangesMakeTheTimeline() {
        Family family = testFamilies.registeredBy("bram", "Spoor");
        families.open(family.getId());

        assertThat(families.timeline(family.getId(), 10)).extracting(AuditEvent::action, AuditEvent::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.CREATE, "audit.family.created"));

        SignIn.as(users, "marieke");
        assertThat(audit.search(new AuditFilter("bram", family.getId(), null, null, null), 0, 10))
                .extracting(AuditEvent::action)
                .contains(AuditAction.CREATE, AuditAction.READ);

        SignIn.as(users, "mohamed");
        assertThat(audit.search(new AuditFilter(null, family.getId(), null, null, null), 0, 10))
                .as("a manager of another team sees nothing of this family's trail")
                .isEmpty();
    }

    private long countFamilies() {
        return jdbc.sql("select count(*) from family").query(Long.class).single();
    }

    private static Family familyNamed(String name) {
        Family family = new Family();
        family.setName(name);
        return family;
    }
}
