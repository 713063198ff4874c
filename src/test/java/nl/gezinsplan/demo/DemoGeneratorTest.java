package nl.gezinsplan.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.demo.DemoFamily.Member;
import nl.gezinsplan.demo.DemoFamily.Provision;
import nl.gezinsplan.demo.DemoFamily.Status;
import nl.gezinsplan.family.Bsn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generator on its own, at both scales, without a database; city scale takes about a second here. */
class DemoGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static List<DemoFamily> city;

    @BeforeAll
    static void generateCity() {
        city = generate(DemoScale.CITY);
    }

    private static List<DemoFamily> generate(DemoScale scale) {
        return new DemoGenerator(DemoGenerator.SEED, TODAY, ZONE).families(scale.families());
    }

    @Test
    void theSameSeedAndDayGiveTheSameFamilies() {
        assertThat(generate(DemoScale.SMALL)).isEqualTo(generate(DemoScale.SMALL));
    }

    @Test
    void anotherSeedGivesOtherFamilies() {
        assertThat(new DemoGenerator(1, TODAY, ZONE).families(50))
                .isNotEqualTo(new DemoGenerator(2, TODAY, ZONE).families(50));
    }

    @Test
    void everyoneInTheSmallSetHasAFictitiousBsn() {
        assertThat(members(generate(DemoScale.SMALL))).allSatisfy(member -> {
            assertThat(member.bsn()).startsWith("9999");
            assertThat(Bsn.isValid(member.bsn())).isTrue();
        });
    }

    @Test
    void youthGoalsFitTheChildsAge() {
        assertThat(city).allSatisfy(family -> family.plans().forEach(version -> version.goals().stream()
                .filter(goal -> goal.member() != null && goal.law() == Law.JEUGDWET)
                .forEach(goal -> {
                    int age = family.members().get(goal.member()).birthDate()
                            .until(version.createdAt().atZone(ZONE).toLocalDate()).getYears();
                    if (goal.description().contains("na het 18e jaar")) {
                        assertThat(age).as(goal.description()).isGreaterThanOrEqualTo(16);
                    }
                    if (goal.description().contains("naar school")) {
                        assertThat(age).as(goal.description()).isGreaterThanOrEqualTo(5);
                    }
                })));
    }

    @Test
    void aCityHasAbout6000Families15000PersonsAnd10000Provisions() {
        assertThat(city).hasSize(6_000);
        assertThat(members(city).size()).isBetween(14_000, 16_000);
        assertThat(provisions(city).size()).isBetween(9_000, 11_000);
    }

    @Test
    void inACityEveryFictitiousBsnIsUsedOnceAndTheRestHaveNone() {
        List<String> numbers = members(city).stream().map(Member::bsn).filter(Objects::nonNull).toList();
        assertThat(numbers).hasSize(DemoBsns.all().size()).doesNotHaveDuplicates();
        // spread over the whole city, not only given to the first families
        assertThat(city.get(city.size() - 1).members()).anyMatch(member -> member.bsn() != null);
    }

    @Test
    void twoThirdsOfTheProvisionsAreYouthCare() {
        double youth = provisions(city).stream().filter(provision -> provision.product().law() == Law.JEUGDWET)
                .count() / (double) provisions(city).size();
        assertThat(youth).isCloseTo(2 / 3.0, within(0.05));
        assertThat(provisions(city)).anyMatch(provision -> provision.product().law() == Law.WMO)
                .anyMatch(provision -> provision.product().law() == Law.PARTICIPATIEWET);
    }

    @Test
    void about6PercentOfYouthClientsLiveAwayFromHomeSomeInFosterCare() {
        Set<Member> youthClients = clients(provision -> provision.product().law() == Law.JEUGDWET);
        Set<Member> residential = clients(provision -> provision.product().residential());
        Set<Member> foster = clients(provision -> provision.product().fosterCare());
        assertThat(residential.size() / (double) youthClients.size()).isCloseTo(0.06, within(0.015));
        assertThat(foster.size()).isBetween(residential.size() / 4, residential.size() / 2);
    }

    @Test
    void everyProductOfTheDemoCatalogueIsUsed() {
        assertThat(provisions(city).stream().map(Provision::product).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(DemoProduct.values());
    }

    @Test
    void youthCareStartsBefore18AndDatesAreConsistent() {
        for (DemoFamily family : city) {
            for (Provision provision : family.provisions()) {
                Member client = family.members().get(provision.member());
                if (provision.product().law() == Law.JEUGDWET) {
                    assertThat(client.birthDate().plusYears(18)).isAfter(provision.allocationStart());
                }
                if (provision.allocationEnd() != null) {
                    assertThat(provision.allocationEnd()).isAfterOrEqualTo(provision.allocationStart());
                }
                if (provision.careStart() != null && provision.careEnd() != null) {
                    assertThat(provision.careEnd()).isAfterOrEqualTo(provision.careStart());
                }
                assertThat(provision.allocationStart()).isAfterOrEqualTo(TODAY.minusYears(3));
                if (provision.status() == Status.ENDED) {
                    assertThat(provision.allocationEnd()).isBefore(TODAY);
                }
                assertThat(provision.createdAt()).isBefore(TODAY.atStartOfDay(ZONE).toInstant());
            }
        }
    }

    @Test
    void someProvisionsRunSomeEndedAFewAreProposedAndSomeLackCareDates() {
        List<Provision> all = provisions(city);
        assertThat(share(all, Status.GRANTED)).isBetween(0.3, 0.7);
        assertThat(share(all, Status.ENDED)).isBetween(0.3, 0.7);
        assertThat(share(all, Status.PROPOSED)).isBetween(0.005, 0.05);
        assertThat(all.stream().filter(provision -> provision.careStart() == null).count() / (double) all.size())
                .isBetween(0.05, 0.15);
    }

    @Test
    void mostOpenFamiliesHaveAContactPersonAndSomeAHistory() {
        List<DemoFamily> open = city.stream().filter(family -> !family.teamsOn(TODAY).isEmpty()).toList();
        long withCurrent = open.stream()
                .filter(family -> family.contacts().stream().anyMatch(contact -> contact.endedAt() == null))
                .count();
        assertThat(withCurrent / (double) open.size()).isBetween(0.9, 0.99);
        assertThat(city).anyMatch(family -> family.contacts().size() == 2);
    }

    @Test
    void everyFamilyHasAPlanVersion1AndSomeAVersion2() {
        assertThat(city).allSatisfy(family -> {
            assertThat(family.plans().get(0).number()).isEqualTo(1);
            assertThat(family.plans().get(0).goals()).isNotEmpty();
        });
        assertThat(city.stream().filter(family -> family.plans().size() == 2).count()).isBetween(600L, 2_000L);
    }

    private Set<Member> clients(Predicate<Provision> which) {
        return city.stream().flatMap(family -> family.provisions().stream().filter(which)
                .map(provision -> family.members().get(provision.member()))).collect(Collectors.toSet());
    }

    private static double share(List<Provision> provisions, Status status) {
        return provisions.stream().filter(provision -> provision.status() == status).count()
                / (double) provisions.size();
    }

    private static List<Member> members(List<DemoFamily> families) {
        return families.stream().flatMap(family -> family.members().stream()).toList();
    }

    private static List<Provision> provisions(List<DemoFamily> families) {
        return families.stream().flatMap(family -> family.provisions().stream()).toList();
    }
}
