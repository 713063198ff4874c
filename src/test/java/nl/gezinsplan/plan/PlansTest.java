package nl.gezinsplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.family.FamilyRole;
import nl.gezinsplan.family.Person;
import nl.gezinsplan.plan.PlanComparison.ChangeKind;
import nl.gezinsplan.plan.PlanComparison.ItemChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class PlansTest {

    @Autowired
    Plans plans;

    @Autowired
    Families families;

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    long familyId;

    @BeforeEach
    void annaRegistersAFamily() {
        SignIn.as(users, "anna");
        familyId = testFamilies.registeredBy("anna", "Jansen").getId();
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everySaveCreatesTheNextVersionWithItsAuthorAndTime() {
        Instant start = Instant.now();
        saved(draft -> draft.goals().add(goal("Naar school")));
        saved(draft -> draft.agreements().add(Agreement.create("Moeder", "Belt school", null)));
        saved(draft -> draft.involved().add(Involved.create("Piet", "Buurtteam", "Coach", InvolvedKind.PROFESSIONAL)));

        assertThat(plans.versions(familyId))
                .extracting(PlanVersionSummary::number, PlanVersionSummary::author, PlanVersionSummary::goals,
                        PlanVersionSummary::agreements, PlanVersionSummary::involved)
                .containsExactly(tuple(3, "anna", 1, 1, 1), tuple(2, "anna", 1, 1, 0), tuple(1, "anna", 1, 0, 0));
        assertThat(plans.current(familyId)).get()
                .satisfies(current -> assertThat(current.number()).isEqualTo(3))
                .satisfies(current -> assertThat(current.createdAt()).isAfterOrEqualTo(start.minusSeconds(1)));
    }

    @Test
    void aFamilyWithoutPlanHasNoCurrentVersion() {
        assertThat(plans.current(familyId)).isEmpty();
        assertThat(plans.versions(familyId)).isEmpty();
    }

    @Test
    void earlierVersionsStayAsTheyWereSaved() {
        PlanVersion first = saved(draft -> draft.goals().add(goal("Naar school")));
        saved(draft -> draft.goals().set(0, withDescription(draft.goals().get(0), "Elke dag naar school")));

        assertThat(plans.version(familyId, 1).goals()).isEqualTo(first.goals())
                .extracting(Goal::description).containsExactly("Naar school");
        assertThat(plans.version(familyId, 2).goals()).extracting(Goal::description, Goal::itemKey)
                .containsExactly(tuple("Elke dag naar school", first.goals().get(0).itemKey()));
    }

    @Test
    void comparisonTellsPerItemWhatWasAddedRemovedChangedOrKept() {
        saved(draft -> {
            draft.goals().add(goal("Naar school"));
            draft.goals().add(goal("Schulden op orde"));
            draft.agreements().add(Agreement.create("Vader", "Zoekt werk", LocalDate.of(2030, 1, 1)));
        });
        saved(draft -> {
            draft.goals().set(0, new Goal(draft.goals().get(0).itemKey(), Law.JEUGDWET, null, "Naar school",
                    "Elke week 5 dagen", LocalDate.of(2030, 6, 1), GoalStatus.IN_PROGRESS));
            draft.goals().add(goal("Eigen kamer"));
            draft.agreements().clear();
        });

        PlanComparison comparison = plans.compare(familyId, 1, 2);

        assertThat(comparison.goals())
                .extracting(change -> change.item().description(), ItemChange::kind, ItemChange::changedFields)
                .containsExactly(
                        tuple("Naar school", ChangeKind.CHANGED, List.of("measurableResult", "targetDate", "status")),
                        tuple("Schulden op orde", ChangeKind.UNCHANGED, List.of()),
                        tuple("Eigen kamer", ChangeKind.ADDED, List.of()));
        assertThat(comparison.agreements()).extracting(ItemChange::kind).containsExactly(ChangeKind.REMOVED);
        assertThat(comparison.involved()).isEmpty();
    }

    @Test
    void aGoalNeedsALawADescriptionAMeasurableResultAndAPlausibleDate() {
        assertRefused(Goal.create(null, null, "d", "r", null, GoalStatus.OPEN), "plan.goal.law.required");
        assertRefused(Goal.create(Law.WMO, null, " ", "r", null, GoalStatus.OPEN), "plan.goal.description.required");
        assertRefused(Goal.create(Law.WMO, null, "d", null, null, GoalStatus.OPEN), "plan.goal.result.required");
        assertRefused(Goal.create(Law.WMO, null, "d", "r", LocalDate.of(1999, 12, 31), GoalStatus.OPEN),
                "plan.goal.target-date.invalid");
    }

    @Test
    void anAgreementNeedsAPartyAndAnActionAndTheInvolvedANameAndKind() {
        assertRefused(draft -> draft.agreements().add(Agreement.create("", "Belt", null)),
                "plan.agreement.party.required");
        assertRefused(draft -> draft.agreements().add(Agreement.create("Moeder", null, null)),
                "plan.agreement.action.required");
        assertRefused(draft -> draft.agreements().add(Agreement.create("Moeder", "Belt", LocalDate.of(1990, 1, 1))),
                "plan.agreement.due-date.invalid");
        assertRefused(draft -> draft.involved().add(Involved.create(null, "Buurtteam", null, InvolvedKind.NETWORK)),
                "plan.involved.name.required");
        assertRefused(draft -> draft.involved().add(Involved.create("Piet", null, null, null)),
                "plan.involved.kind.required");
        assertThat(plans.versions(familyId)).isEmpty();
    }

    @Test
    void aGoalCanBeForAMemberOfThisFamilyOnly() {
        Person child = families.addPerson(familyId,
                testFamilies.person("Lisa", "Jansen", LocalDate.of(2015, 5, 1), FamilyRole.CHILD));
        Person stranger = families.addPerson(testFamilies.registeredBy("anna", "De Vries").getId(),
                testFamilies.person("Tim", "De Vries", LocalDate.of(2016, 2, 1), FamilyRole.CHILD));

        assertRefused(Goal.create(Law.JEUGDWET, stranger.getId(), "d", "r", null, GoalStatus.OPEN),
                "plan.goal.person.not-a-member");
        assertThat(saved(draft -> draft.goals().add(Goal.create(Law.JEUGDWET, child.getId(), "d", "r", null,
                GoalStatus.OPEN))).goals()).extracting(Goal::personId).containsExactly(child.getId());
    }

    @Test
    void aDraftOfAnOutdatedVersionIsNotSavedOverSomeoneElsesChanges() {
        PlanVersion first = saved(draft -> draft.goals().add(goal("Naar school")));
        PlanDraft mine = PlanDraft.from(first);
        PlanDraft theirs = PlanDraft.from(first);
        theirs.goals().clear();
        plans.save(familyId, theirs);

        mine.goals().add(goal("Eigen kamer"));
        assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> plans.save(familyId, mine))
                .withMessage("plan.saved-by-someone-else");
        assertThat(plans.current(familyId)).get().extracting(PlanVersion::number).isEqualTo(2);
    }

    @Test
    void ofTwoSavesAtTheSameMomentTheSecondIsRefused() throws Exception {
        PlanVersion first = saved(draft -> draft.goals().add(goal("Naar school")));
        Authentication anna = SecurityContextHolder.getContext().getAuthentication();
        ExecutorService colleague = Executors.newSingleThreadExecutor();
        try {
            Future<?> theirSave = new TransactionTemplate(transactions).execute(status -> {
                plans.save(familyId, changed(first, "Eigen kamer"));
                Future<?> second = colleague.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(anna);
                    return plans.save(familyId, changed(first, "Werk"));
                });
                awaitASaveWaitingForThisOne();
                return second;
            });

            assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> theirSave.get(30, TimeUnit.SECONDS))
                    .havingCause().isInstanceOf(InvalidInput.class).withMessage("plan.saved-by-someone-else");
            assertThat(plans.versions(familyId)).extracting(PlanVersionSummary::number).containsExactly(2, 1);
        } finally {
            colleague.shutdownNow();
        }
    }

    @Test
    void aSaveWithoutChangesMakesNoVersionAndSaysSo() {
        PlanVersion first = saved(draft -> draft.goals().add(goal("Naar school")));

        assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> plans.save(familyId, PlanDraft.from(first)))
                .withMessage("plan.unchanged");
        assertThat(plans.versions(familyId)).extracting(PlanVersionSummary::number).containsExactly(1);
    }

    @Test
    void itemsThatDoNotFitTheirColumnsOrDatesOutOfRangeAreRefusedNamingTheField() {
        PlanVersion first = saved(draft -> draft.goals().add(goal("Naar school")));

        PlanDraft longGoal = changed(first, "x".repeat(PlanLimits.GOAL_DESCRIPTION.maxLength() + 1));
        assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> plans.save(familyId, longGoal))
                .withMessage("input.text.too-long");
        PlanDraft withNul = changed(first, "Naar\u0000school");
        assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> plans.save(familyId, withNul))
                .withMessage("input.text.bad-characters");
        PlanDraft farAway = PlanDraft.from(first);
        farAway.agreements().add(Agreement.create("Moeder", "Belt de school", LocalDate.of(9999, 12, 31)));
        assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> plans.save(familyId, farAway))
                .withMessage("input.date.out-of-range");
        assertThat(plans.versions(familyId)).hasSize(1);
    }

    @Test
    void aConsultantWithoutAccessIsRefusedAndTheRefusalIsAudited() {
        SignIn.as(users, "carla");

        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> plans.current(familyId));
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> plans.save(familyId, PlanDraft.empty()));

        assertThat(jdbc.sql("select actor, subject from audit_event where family_id = :familyId and action = 'DENIED'")
                .param("familyId", familyId)
                .query((rs, row) -> tuple(rs.getString("actor"), rs.getString("subject")))
                .list())
                .containsExactlyInAnyOrder(tuple("carla", "audit.plan.read"), tuple("carla", "audit.plan.saved"));
        SignIn.as(users, "anna");
        assertThat(plans.versions(familyId)).isEmpty();
    }

    @Test
    void countsTheProfessionalsInvolvedInTheCurrentVersion() {
        assertThat(plans.professionalsInvolved(familyId)).isZero();
        saved(draft -> {
            draft.involved().add(Involved.create("Piet", "Buurtteam", "Coach", InvolvedKind.PROFESSIONAL));
            draft.involved().add(Involved.create("Oma", null, "Oppas", InvolvedKind.NETWORK));
            draft.involved().add(Involved.create("Els", "GGZ", "Therapeut", InvolvedKind.PROFESSIONAL));
        });
        assertThat(plans.professionalsInvolved(familyId)).isEqualTo(2);

        saved(draft -> draft.involved().removeIf(person -> person.name().equals("Els")));
        assertThat(plans.professionalsInvolved(familyId)).isEqualTo(1);
    }

    /** The other save has read the same latest number and now waits on the unique index for this transaction. */
    private void awaitASaveWaitingForThisOne() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!jdbc.sql("""
                        select exists (select 1 from pg_stat_activity
                                       where datname = current_database() and wait_event_type = 'Lock')""")
                .query(Boolean.class).single()) {
            assertThat(System.nanoTime()).as("a save waits").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    /** Saves a change to the current plan (or to a new one), as a screen does. */
    private PlanVersion saved(Consumer<PlanDraft> change) {
        PlanDraft draft = plans.current(familyId).map(PlanDraft::from).orElseGet(PlanDraft::empty);
        change.accept(draft);
        return plans.save(familyId, draft);
    }

    private void assertRefused(Goal goal, String messageKey) {
        assertRefused(draft -> draft.goals().add(goal), messageKey);
    }

    private void assertRefused(Consumer<PlanDraft> change, String messageKey) {
        assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> saved(change)).withMessage(messageKey);
    }

    private PlanDraft changed(PlanVersion version, String newGoal) {
        PlanDraft draft = PlanDraft.from(version);
        draft.goals().add(goal(newGoal));
        return draft;
    }

    private static Goal goal(String description) {
        return Goal.create(Law.JEUGDWET, null, description, "Gehaald", null, GoalStatus.OPEN);
    }

    private static Goal withDescription(Goal goal, String description) {
        return new Goal(goal.itemKey(), goal.law(), goal.personId(), description, goal.measurableResult(),
                goal.targetDate(), goal.status());
    }
}
