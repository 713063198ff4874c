package nl.gezinsplan.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.TestClock;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.FamilyAccess;
import nl.gezinsplan.family.FamilyRole;
import nl.gezinsplan.family.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class ProvisionsTest {

    @Autowired
    Provisions provisions;

    @Autowired
    ProvisionSteps steps;

    @Autowired
    Catalogue catalogue;

    @Autowired
    Families families;

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    FamilyAccess access;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestCases cases;

    LocalDate today;
    Family family;
    Person parent;

    @BeforeEach
    void aFamilyOfAnna() {
        today = LocalDate.now(clock);
        SignIn.as(users, "anna");
        family = testFamilies.register("De Vries");
        parent = families.addPerson(family.getId(),
                testFamilies.person("Eva", "De Vries", LocalDate.of(1987, 5, 2), FamilyRole.PARENT));
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void allocatesAProposalAtTheProductsTariffAndListsItWithItsCostPerYear() {
        Provision provision = provisions.allocate(family.getId(), weekly("45A01", "4"));

        assertThat(provision.getStatus()).isEqualTo(ProvisionStatus.PROPOSED);
        assertThat(provision.getTariff()).isEqualByComparingTo("72.00");
        assertThat(provision.costPerYear()).isEqualByComparingTo("14976.00");
        assertThat(provision.getCreatedBy()).isEqualTo("anna");
        assertThat(provisions.ofFamily(family.getId())).singleElement().satisfies(line -> {
            assertThat(line.personName()).isEqualTo(parent.fullName());
            assertThat(line.productName()).isEqualTo("Begeleiding individueel");
            assertThat(line.law()).isEqualTo(Law.JEUGDWET);
            assertThat(line.categoryCode()).isEqualTo("45");
            assertThat(line.unit()).isEqualTo(Unit.HOUR);
            assertThat(line.costPerYear()).isEqualByComparingTo("14976.00");
            assertThat(line.open()).isTrue();
        });
    }

    @Test
    void theFamilyTotalCountsOnlyOpenProvisionsAcrossTheLaws() {
        provisions.allocate(family.getId(), weekly("45A01", "4"));
        provisions.allocate(family.getId(), weekly("01A01", "3"));
        Provision ended = provisions.allocate(family.getId(), weekly("43A01", "7"));
        provisions.end(ended.getId(), today);

        FamilyCost cost = provisions.costOf(family.getId());

        assertThat(cost.of(Law.JEUGDWET)).isEqualByComparingTo("14976.00");
        assertThat(cost.of(Law.WMO)).isEqualByComparingTo("5226.00");
        assertThat(cost.of(Law.PARTICIPATIEWET)).isEqualByComparingTo("0");
        assertThat(cost.total()).isEqualByComparingTo("20202.00");
        assertThat(provisions.ofFamily(family.getId())).hasSize(3);
    }

    @Test
    void aWmoProvisionLetsTheWmoTeamOpenTheFamilyUntilItEnds() {
        asUser("carla", () -> assertThat(access.mayRead(family.getId())).isFalse());

        Provision support = provisions.allocate(family.getId(), weekly("01A01", "3"));
        asUser("carla", () -> {
            assertThat(access.mayRead(family.getId())).isTrue();
            assertThat(provisions.ofFamily(family.getId())).hasSize(1);
        });

        provisions.end(support.getId(), today);
        asUser("carla", () -> assertThatThrownBy(() -> provisions.ofFamily(family.getId()))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void aTeamsAccessEndsTheDayAfterTheProvisionEndsAsTimePassesWithoutAnyOtherChange() {
        LocalDate lastDay = today.plusDays(10);
        provisions.allocate(family.getId(),
                draft(parent.getId(), "01A01", "3", Frequency.PER_WEEK, today, lastDay, null, null));
        try {
            clock.moveTo(lastDay);
            asUser("carla", () -> {
                assertThat(access.mayRead(family.getId())).isTrue();
                assertThat(families.names(List.of(family.getId()), List.of()).families()).containsKey(family.getId());
            });
            provisions.ofFamily(family.getId());
            assertThat(teamsOnTheLastAuditEvent()).contains("wmo");

            clock.moveTo(lastDay.plusDays(1));
            asUser("carla", () -> {
                assertThat(access.mayRead(family.getId())).isFalse();
                assertThat(families.names(List.of(family.getId()), List.of()).families()).isEmpty();
                assertThatThrownBy(() -> provisions.ofFamily(family.getId()))
                        .isInstanceOf(AccessDeniedException.class);
            });
            // the contact person keeps the family; the audit trail no longer counts the WMO team in
            provisions.ofFamily(family.getId());
            assertThat(teamsOnTheLastAuditEvent()).doesNotContain("wmo");
        } finally {
            clock.reset();
        }
    }

    private List<String> teamsOnTheLastAuditEvent() {
        return jdbc.sql("select family_teams from audit_event where family_id = :familyId order by id desc limit 1")
                .param("familyId", family.getId())
                .query((rs, row) -> List.of((String[]) rs.getArray(1).getArray()))
                .single();
    }

    @Test
    void refusesTermsThatDoNotHoldTogether() {
        Family other = testFamilies.register("Jansen");
        long stranger = families.addPerson(other.getId(),
                testFamilies.person("Piet", "Jansen", LocalDate.of(1979, 1, 9), FamilyRole.PARENT)).getId();

        assertRefused(draft(stranger, "45A01", "4", Frequency.PER_WEEK, today, null, null, null),
                "casework.provision.person.not-in-family");
        assertRefused(draft(parent.getId(), "45A01", "0", Frequency.PER_WEEK, today, null, null, null),
                "casework.provision.volume.invalid");
        assertRefused(draft(parent.getId(), "45A01", "4", null, today, null, null, null),
                "casework.provision.frequency.required");
        assertRefused(draft(parent.getId(), "45A01", "4", Frequency.PER_WEEK, null, null, null, null),
                "casework.provision.start.required");
        assertRefused(draft(parent.getId(), "45A01", "4", Frequency.PER_WEEK, today, today.minusDays(1), null, null),
                "casework.provision.end.before-start");
        assertRefused(draft(parent.getId(), "45A01", "4", Frequency.PER_WEEK, today, null, today.minusDays(1), null),
                "casework.provision.care.outside-allocation");
        assertRefused(draft(parent.getId(), "45A01", "4", Frequency.PER_WEEK, today, today.plusMonths(6),
                today, today.plusMonths(7)), "casework.provision.care.outside-allocation");
        assertRefused(draft(parent.getId(), "45A01", "4", Frequency.PER_WEEK, today, null,
                today.plusDays(5), today.plusDays(2)), "casework.provision.care.end-before-start");
        assertThat(provisions.ofFamily(family.getId())).isEmpty();
    }

    @Test
    void refusesAnInactiveProduct() {
        SignIn.as(users, "beheer");
        Product retired = catalogue.products(new ProductFilter(null, false, "05A02"), 0, 1).get(0);
        retired.setActive(false);
        catalogue.save(retired);
        try {
            SignIn.as(users, "anna");
            assertRefused(draft(parent.getId(), "05A02", "1", Frequency.PER_MONTH, today, null, null, null),
                    "casework.provision.product.inactive");
        } finally {
            SignIn.as(users, "beheer");
            retired = catalogue.product(retired.getId()).orElseThrow();
            retired.setActive(true);
            catalogue.save(retired);
        }
    }

    @Test
    void aProviderNotContractedForCareInKindNeedsAReasonWhicheverPathProposesIt() {
        long aidsCentre = providerNamed("Hulpmiddelencentrum Noord").getId();
        ProvisionDraft offContract = withProvider(weekly("45A01", "4"), aidsCentre);
        Request request = cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, today);
        ProvisionDraft proposal = new ProvisionDraft(request.getPersonId(), offContract.productId(), aidsCentre,
                offContract.volume(), Frequency.PER_WEEK, today, today.plusMonths(6), null, null);
        Provision contracted = provisions.allocate(family.getId(), weekly("45A01", "4"));
        String required = "casework.provision.off-contract-reason.required";

        assertRefused(offContract, required);
        assertRefused(withReason(offContract, "  "), required);
        assertThatThrownBy(() -> provisions.propose(request.getId(), proposal))
                .isInstanceOf(InvalidInput.class).hasMessage(required);
        assertThatThrownBy(() -> provisions.update(contracted.getId(), offContract))
                .isInstanceOf(InvalidInput.class).hasMessage(required);
        assertThat(provisions.ofRequest(request.getId())).isEmpty();
        assertThat(contracted.isContracted()).isTrue();

        Provision allocated = provisions.allocate(family.getId(), withReason(offContract, "Wachtlijst elders"));
        provisions.propose(request.getId(), withReason(proposal, "Kent het gezin al"));
        Provision updated = provisions.update(contracted.getId(), withReason(offContract, " Dichtbij huis "));

        assertThat(allocated.isContracted()).isFalse();
        assertThat(updated.isContracted()).isFalse();
        assertThat(provisions.ofFamily(family.getId())).extracting(ProvisionLine::offContractReason)
                .containsExactlyInAnyOrder("Wachtlijst elders", "Dichtbij huis");
        assertThat(provisions.ofRequest(request.getId())).singleElement()
                .satisfies(line -> assertThat(line.offContractReason()).isEqualTo("Kent het gezin al"));
    }

    @Test
    void withAPersonalBudgetTheFamilyChoosesItsProviderWithoutAReason() {
        Product budget = catalogue.products(new ProductFilter(null, false, "45P01"), 0, 1).get(0);
        assertThat(catalogue.providersOf(budget.getId())).isEmpty();
        ProvisionDraft draft = new ProvisionDraft(parent.getId(), budget.getId(),
                providerNamed("GGZ De Horizon").getId(), new BigDecimal("3"), Frequency.PER_WEEK, today, null, null,
                null);

        Provision provision = provisions.allocate(family.getId(), draft);
        provisions.allocate(family.getId(), withReason(draft, "Niet gevraagd"));

        assertThat(provision.isContracted()).isFalse();
        assertThat(provisions.ofFamily(family.getId())).hasSize(2)
                .allSatisfy(line -> assertThat(line.offContractReason()).as("none asked, none kept").isNull());
    }

    @Test
    void keepsItsProviderWhenTheContractEndsSinceButANewProvisionWithItIsOffContract() {
        Provider provider = catalogue.providers(true).get(0);
        Product product = new Product();
        product.setCode(TestCatalogue.newCode());
        product.setName("Begeleiding groep (test)");
        product.setLaw(Law.JEUGDWET);
        product.setCategoryCode("45");
        product.setUnit(Unit.PIECE);
        product.setTariff(BigDecimal.ONE);
        SignIn.as(users, "beheer");
        Product offered = catalogue.save(product, List.of(provider.getId()));
        SignIn.as(users, "anna");
        ProvisionDraft draft = new ProvisionDraft(parent.getId(), offered.getId(), provider.getId(), BigDecimal.TEN,
                Frequency.ONCE, today, null, null, null);
        Provision provision = provisions.allocate(family.getId(), draft);

        asUser("beheer", () -> catalogue.save(catalogue.product(offered.getId()).orElseThrow(), List.of()));

        assertThat(provisions.update(provision.getId(), withVolume(draft, "12")).isContracted()).isTrue();
        assertThat(provisions.ofFamily(family.getId())).singleElement()
                .satisfies(line -> assertThat(line.volume()).isEqualByComparingTo("12"));
        assertRefused(draft, "casework.provision.off-contract-reason.required");
        assertThat(provisions.allocate(family.getId(), withReason(draft, "Zelfde begeleider")).isContracted())
                .isFalse();
    }

    @Test
    void updatesTheTermsButNotOfAnEndedProvision() {
        Provision provision = provisions.allocate(family.getId(), weekly("45A01", "4"));

        provisions.update(provision.getId(), weekly("45A01", "2"));
        assertThat(provisions.costOf(family.getId()).total()).isEqualByComparingTo("7488.00");

        provisions.end(provision.getId(), today);
        assertThatThrownBy(() -> provisions.update(provision.getId(), weekly("45A01", "3")))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.provision.closed");
    }

    @Test
    void careEndsAtTheEvaluationOnlyWithAnOutflowReason() {
        Provision provision = provisions.allocate(family.getId(), weekly("45A01", "4"));

        assertThatThrownBy(() -> steps.recordOutflow(provision.getId(), null))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.provision.outflow-reason.required");
        assertThat(steps.outflowRecorded(provision.getId())).isFalse();

        steps.recordOutflow(provision.getId(), OutflowReason.NO_FOLLOW_UP);
        assertThat(steps.outflowRecorded(provision.getId())).isTrue();
    }

    @Test
    void endsNoLaterThanTheAllocationEndBecauseAnExtensionIsANewApplication() {
        Provision provision = provisions.allocate(family.getId(), draft(parent.getId(), "45A01", "4",
                Frequency.PER_WEEK, today, today.plusMonths(3), today.plusDays(7), null));

        assertThatThrownBy(() -> provisions.end(provision.getId(), today.plusMonths(4)))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.provision.end.after-allocation");
        assertThatThrownBy(() -> provisions.end(provision.getId(), today.plusDays(6)))
                .isInstanceOf(InvalidInput.class).hasMessage("casework.provision.end.before-start");

        Provision ended = provisions.end(provision.getId(), today.plusMonths(1));
        assertThat(ended.getStatus()).isEqualTo(ProvisionStatus.ENDED);
        assertThat(ended.getAllocationEnd()).isEqualTo(today.plusMonths(1));
        assertThat(ended.getCareEnd()).isEqualTo(today.plusMonths(1));
    }

    @Test
    void aConsultantWithoutAccessIsRefused() {
        asUser("daan", () -> {
            assertThatThrownBy(() -> provisions.ofFamily(family.getId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> provisions.allocate(family.getId(), weekly("RE01", "1")))
                    .isInstanceOf(AccessDeniedException.class);
        });
        assertThat(provisions.ofFamily(family.getId())).isEmpty();
    }

    @Test
    void theAdministratorIsRefused() {
        asUser("beheer", () -> {
            assertThatThrownBy(() -> provisions.ofFamily(family.getId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> provisions.costOf(family.getId())).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void aSecondMemberGetsProvisionsOfTheirOwn() {
        Person child = families.addPerson(family.getId(),
                testFamilies.person("Noor", "De Vries", today.minusYears(12), FamilyRole.CHILD));

        provisions.allocate(family.getId(), draft(child.getId(), "55A01", "1", Frequency.ONCE, today, null, null, null));

        assertThat(provisions.ofFamily(family.getId())).singleElement()
                .satisfies(line -> assertThat(line.personName()).isEqualTo("Noor De Vries"));
    }

    private void assertRefused(ProvisionDraft draft, String messageKey) {
        assertThatThrownBy(() -> provisions.allocate(family.getId(), draft))
                .isInstanceOf(InvalidInput.class).hasMessage(messageKey);
    }

    private ProvisionDraft weekly(String productCode, String volume) {
        return draft(parent.getId(), productCode, volume, Frequency.PER_WEEK, today, null, null, null);
    }

    private ProvisionDraft draft(long personId, String productCode, String volume, Frequency frequency,
                                 LocalDate start, LocalDate end, LocalDate careStart, LocalDate careEnd) {
        Product product = catalogue.products(new ProductFilter(null, false, productCode), 0, 1).get(0);
        return new ProvisionDraft(personId, product.getId(), catalogue.providersOf(product.getId()).get(0).getId(),
                new BigDecimal(volume), frequency, start, end, careStart, careEnd);
    }

    private Provider providerNamed(String name) {
        return catalogue.providers(true).stream().filter(provider -> provider.getName().equals(name)).findFirst()
                .orElseThrow();
    }

    private static ProvisionDraft withProvider(ProvisionDraft draft, long providerId) {
        return new ProvisionDraft(draft.personId(), draft.productId(), providerId, draft.volume(), draft.frequency(),
                draft.allocationStart(), draft.allocationEnd(), draft.careStart(), draft.careEnd());
    }

    private static ProvisionDraft withReason(ProvisionDraft draft, String offContractReason) {
        return new ProvisionDraft(draft.personId(), draft.productId(), draft.providerId(), draft.volume(),
                draft.frequency(), draft.allocationStart(), draft.allocationEnd(), draft.careStart(), draft.careEnd(),
                offContractReason);
    }

    private static ProvisionDraft withVolume(ProvisionDraft draft, String volume) {
        return new ProvisionDraft(draft.personId(), draft.productId(), draft.providerId(), new BigDecimal(volume),
                draft.frequency(), draft.allocationStart(), draft.allocationEnd(), draft.careStart(), draft.careEnd());
    }

    private void asUser(String username, Runnable action) {
        SignIn.as(users, username);
        try {
            action.run();
        } finally {
            SignIn.as(users, "anna");
        }
    }
}
