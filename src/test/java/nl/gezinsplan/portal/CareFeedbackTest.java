package nl.gezinsplan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Frequency;
import nl.gezinsplan.casework.GrantedCare;
import nl.gezinsplan.casework.ProvisionDraft;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.FamilyRole;
import nl.gezinsplan.family.Person;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.meeting.CheckOutcome;
import nl.gezinsplan.meeting.EvaluationOutcome;
import nl.gezinsplan.meeting.MeetingKind;
import nl.gezinsplan.meeting.MeetingReport;
import nl.gezinsplan.meeting.MeetingSteps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The family says per month whether care was delivered and rates whether it works; the consultant reads it. */
@IntegrationTest
class CareFeedbackTest {

    private static final String CONSULTANT = TestCases.consultantOf(Law.JEUGDWET);

    @Autowired
    CareFeedback feedback;

    @Autowired
    TestCare testCare;

    @Autowired
    TestCases cases;

    @Autowired
    TestMembers members;

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    Families families;

    @Autowired
    Provisions provisions;

    @Autowired
    MeetingSteps meetings;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void asksEveryMonthOfGrantedCareThatIsOverOldestFirst() {
        YearMonth now = YearMonth.now();
        GrantedCare care = testCare.granted(Law.JEUGDWET, now.minusMonths(3).atDay(1), now.plusMonths(3).atDay(5));
        provisions.allocate(care.familyId(), new ProvisionDraft(care.personId(), cases.productOf(Law.JEUGDWET).getId(),
                cases.providerOf(cases.productOf(Law.JEUGDWET)).getId(), BigDecimal.ONE, Frequency.ONCE, LocalDate.now().minusMonths(2), null, null,
                null));
        SignIn.as(users, members.portalLogin(members.parentOf(care.familyId())));

        assertThat(feedback.mine()).as("proposed care is not asked about").singleElement().satisfies(provision -> {
            assertThat(provision.provision().id()).isEqualTo(care.provisionId());
            assertThat(provision.monthsToConfirm()).as("not this month: it is not over yet")
                    .containsExactly(now.minusMonths(3), now.minusMonths(2), now.minusMonths(1));
            assertThat(provision.ratingMoments()).isEmpty();
        });
        assertThatThrownBy(() -> feedback.answerDelivery(care.provisionId(), now, true, null))
                .isInstanceOf(InvalidInput.class).hasMessage("portal.care.delivery.month.invalid");
    }

    @Test
    void noMonthIsAskedOfCareGrantedWithinItOrAfterIt() {
        YearMonth now = YearMonth.now();
        GrantedCare late = testCare.grantedToday(Law.JEUGDWET, now.minusMonths(2).atDay(1), now.plusMonths(3).atDay(1));
        GrantedCare midMonth = testCare.granted(Law.WMO, now.minusMonths(3).atDay(10), now.plusMonths(3).atDay(1));

        SignIn.as(users, members.portalLogin(members.parentOf(late.familyId())));
        assertThat(only(feedback.mine()).monthsToConfirm()).as("granted an hour ago").isEmpty();
        assertThatThrownBy(() -> feedback.answerDelivery(late.provisionId(), now.minusMonths(1), true, null))
                .isInstanceOf(InvalidInput.class).hasMessage("portal.care.delivery.month.invalid");

        SignIn.as(users, members.portalLogin(members.parentOf(midMonth.familyId())));
        assertThat(only(feedback.mine()).monthsToConfirm()).as("not the month it was granted in")
                .containsExactly(now.minusMonths(2), now.minusMonths(1));
    }

    @Test
    void aMemberUndoesTheirOwnAnswerOfTodayButNotAnotherMembersAnswer() {
        YearMonth now = YearMonth.now();
        GrantedCare care = testCare.granted(Law.JEUGDWET, now.minusMonths(2).atDay(1), now.plusMonths(6).atDay(1));
        long otherParent = families.addPerson(care.familyId(),
                testFamilies.person("Robin", "Route", LocalDate.of(1984, 6, 1), FamilyRole.PARENT)).getId();
        String parent = members.portalLogin(members.parentOf(care.familyId()));
        String other = members.portalLogin(otherParent);

        SignIn.as(users, parent);
        feedback.answerDelivery(care.provisionId(), now.minusMonths(2), true, null);
        SignIn.as(users, other);
        assertThatThrownBy(() -> feedback.undoDelivery(care.provisionId(), now.minusMonths(2)))
                .isInstanceOf(InvalidInput.class).hasMessage("portal.care.delivery.undo.too-late");

        SignIn.as(users, parent);
        feedback.undoDelivery(care.provisionId(), now.minusMonths(2));
        assertThat(only(feedback.mine()).monthsToConfirm()).containsExactly(now.minusMonths(2), now.minusMonths(1));
        feedback.answerDelivery(care.provisionId(), now.minusMonths(2), false, "Maar twee keer gekomen");
        assertThat(only(feedback.mine()).deliveries()).singleElement()
                .satisfies(answer -> assertThat(answer.delivered()).isFalse());
        assertThat(auditActions(parent, care.familyId())).contains("UPDATE");
    }

    @Test
    void aMonthIsAnsweredOnceForTheFamilyAndTheFirstAnswerStays() {
        YearMonth now = YearMonth.now();
        GrantedCare care = testCare.granted(Law.JEUGDWET, now.minusMonths(2).atDay(1), now.plusMonths(6).atDay(1));
        long otherParent = families.addPerson(care.familyId(),
                testFamilies.person("Robin", "Route", LocalDate.of(1984, 6, 1), FamilyRole.PARENT)).getId();
        String parent = members.portalLogin(members.parentOf(care.familyId()));
        String other = members.portalLogin(otherParent);

        SignIn.as(users, parent);
        feedback.answerDelivery(care.provisionId(), now.minusMonths(2), true, null);
        assertThat(only(feedback.mine()).monthsToConfirm()).containsExactly(now.minusMonths(1));

        SignIn.as(users, other);
        assertThatThrownBy(() -> feedback.answerDelivery(care.provisionId(), now.minusMonths(2), false, "Niet gekomen"))
                .isInstanceOf(InvalidInput.class).hasMessage("portal.care.delivery.already-answered");

        SignIn.as(users, CONSULTANT);
        assertThat(only(feedback.ofFamily(care.familyId())).deliveries()).singleElement().satisfies(answer -> {
            assertThat(answer.month()).isEqualTo(now.minusMonths(2));
            assertThat(answer.delivered()).isTrue();
            assertThat(answer.answeredBy()).isEqualTo("Sam Route");
        });
        assertThat(jdbc.sql("select answered_by from care_delivery where provision_id = :id")
                .param("id", care.provisionId()).query(String.class).single()).isEqualTo(parent);
    }

    @Test
    void careNotDeliveredNeedsTheMembersRemarkWhichTheConsultantReads() {
        YearMonth now = YearMonth.now();
        GrantedCare care = testCare.granted(Law.WMO, now.minusMonths(1).atDay(1), now.plusMonths(6).atDay(1));
        SignIn.as(users, members.portalLogin(members.parentOf(care.familyId())));

        assertThatThrownBy(() -> feedback.answerDelivery(care.provisionId(), now.minusMonths(1), false, "  "))
                .isInstanceOf(InvalidInput.class).hasMessage("portal.care.delivery.remark.required");
        feedback.answerDelivery(care.provisionId(), now.minusMonths(1), false, " Twee keer niemand gekomen ");

        SignIn.as(users, TestCases.consultantOf(Law.WMO));
        assertThat(only(feedback.ofFamily(care.familyId())).deliveries()).singleElement().satisfies(answer -> {
            assertThat(answer.delivered()).isFalse();
            assertThat(answer.remark()).isEqualTo("Twee keer niemand gekomen");
        });
    }

    @Test
    void onlyMonthsOfTheCareThatAreOverCanBeAnswered() {
        YearMonth now = YearMonth.now();
        GrantedCare care = testCare.granted(Law.JEUGDWET, now.minusMonths(1).atDay(1), now.plusMonths(6).atDay(1));
        SignIn.as(users, members.portalLogin(members.parentOf(care.familyId())));

        for (YearMonth month : List.of(now.minusMonths(2), now, now.plusMonths(1))) {
            assertThatThrownBy(() -> feedback.answerDelivery(care.provisionId(), month, true, null))
                    .isInstanceOf(InvalidInput.class).hasMessage("portal.care.delivery.month.invalid");
        }
        assertThatThrownBy(() -> feedback.answerDelivery(care.provisionId(), now.minusMonths(1), false, "x".repeat(1001)))
                .isInstanceOf(InvalidInput.class).hasMessage("input.text.too-long");
        assertThat(jdbc.sql("select count(*) from care_delivery where provision_id = :id")
                .param("id", care.provisionId()).query(Long.class).single()).isZero();
    }

    @Test
    void eachMemberRatesOnceAfterTheCheckMeetingAfterTheEvaluationAndAtTheEnd() {
        LocalDate start = LocalDate.now().minusMonths(6);
        GrantedCare care = testCare.granted(Law.JEUGDWET, start, LocalDate.now().plusMonths(6));
        long otherParent = families.addPerson(care.familyId(),
                testFamilies.person("Robin", "Route", LocalDate.of(1984, 6, 1), FamilyRole.PARENT)).getId();
        long parentId = members.parentOf(care.familyId());
        String parent = members.portalLogin(parentId);
        String other = members.portalLogin(otherParent);

        SignIn.as(users, parent);
        assertThatThrownBy(() -> feedback.rate(care.provisionId(), RatingMoment.CHECK, 7, 7, 7, null))
                .isInstanceOf(InvalidInput.class).hasMessage("portal.care.rating.not-asked");

        held(care, MeetingKind.CHECK);
        SignIn.as(users, parent);
        assertThat(only(feedback.mine()).ratingsAskedOf(parentId)).containsExactly(RatingMoment.CHECK);
        feedback.rate(care.provisionId(), RatingMoment.CHECK, 8, 6, 9, "Het gaat beter op school");
        assertThat(only(feedback.mine()).ratingsAskedOf(parentId)).isEmpty();
        assertThatThrownBy(() -> feedback.rate(care.provisionId(), RatingMoment.CHECK, 5, 5, 5, null))
                .isInstanceOf(InvalidInput.class).hasMessage("portal.care.rating.already-given");

        SignIn.as(users, other);
        assertThat(only(feedback.mine()).ratingsAskedOf(otherParent)).as("each member is asked")
                .containsExactly(RatingMoment.CHECK);
        assertThat(only(feedback.mine()).ratings()).as("a member sees their own ratings").isEmpty();

        held(care, MeetingKind.EVALUATION);
        provisions.end(care.provisionId(), LocalDate.now());
        SignIn.as(users, parent);
        assertThat(only(feedback.mine()).ratingsAskedOf(parentId))
                .containsExactly(RatingMoment.EVALUATION, RatingMoment.END);
        feedback.rate(care.provisionId(), RatingMoment.END, 9, 8, 10, null);

        SignIn.as(users, CONSULTANT);
        assertThat(only(feedback.ofFamily(care.familyId())).ratings()).satisfiesExactly(
                check -> {
                    assertThat(check.moment()).isEqualTo(RatingMoment.CHECK);
                    assertThat(List.of(check.effect(), check.route(), check.provider())).containsExactly(8, 6, 9);
                    assertThat(check.remark()).isEqualTo("Het gaat beter op school");
                    assertThat(check.ratedBy()).isEqualTo("Sam Route");
                },
                end -> assertThat(end.moment()).isEqualTo(RatingMoment.END));
    }

    @Test
    void scoresOutsideOneToTenAreRefusedByTheServiceAndTheDatabase() {
        GrantedCare care = testCare.granted(Law.JEUGDWET, LocalDate.now().minusMonths(2), LocalDate.now().plusMonths(2));
        held(care, MeetingKind.CHECK);
        long parentId = members.parentOf(care.familyId());
        SignIn.as(users, members.portalLogin(parentId));

        for (int[] scores : new int[][] {{0, 5, 5}, {5, 11, 5}, {5, 5, -1}}) {
            assertThatThrownBy(() -> feedback.rate(care.provisionId(), RatingMoment.CHECK, scores[0], scores[1],
                    scores[2], null)).isInstanceOf(InvalidInput.class).hasMessage("portal.care.rating.score.invalid");
        }
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into care_rating (provision_id, family_id, moment, person_id, effect_score, route_score,
                                                 provider_score, rated_by, rated_at)
                        values (:provisionId, :familyId, 'CHECK', :personId, 11, 5, 5, 'test', now())""")
                .param("provisionId", care.provisionId()).param("familyId", care.familyId())
                .param("personId", parentId).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(only(feedback.mine()).ratingsAskedOf(parentId)).containsExactly(RatingMoment.CHECK);
    }

    @Test
    void aMemberCannotAnswerAboutAnotherFamilysCareAndTheAttemptIsLogged() {
        GrantedCare own = testCare.granted(Law.JEUGDWET, LocalDate.now().minusMonths(2), LocalDate.now().plusMonths(2));
        GrantedCare other = testCare.granted(Law.WMO, LocalDate.now().minusMonths(2), LocalDate.now().plusMonths(2));
        held(other, MeetingKind.CHECK);
        String parent = members.portalLogin(members.parentOf(own.familyId()));
        SignIn.as(users, parent);

        List<Runnable> attempts = List.of(
                () -> feedback.answerDelivery(other.provisionId(), YearMonth.now(), true, null),
                () -> feedback.rate(other.provisionId(), RatingMoment.CHECK, 8, 8, 8, null),
                () -> feedback.ofFamily(other.familyId()),
                () -> feedback.ofFamily(own.familyId()));
        attempts.forEach(attempt -> assertThatThrownBy(attempt::run).isInstanceOf(AccessDeniedException.class));

        assertThat(auditActions(parent, other.familyId())).containsOnly("DENIED").hasSize(3);
        assertThat(auditActions(parent, own.familyId())).as("the staff view of the own family").contains("DENIED");
        assertThat(jdbc.sql("select count(*) from care_delivery where provision_id = :id")
                .param("id", other.provisionId()).query(Long.class).single()).isZero();
        assertThatThrownBy(() -> feedback.answerDelivery(Long.MAX_VALUE, YearMonth.now(), true, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCareOfAYouthOfSixteenIsTheirsToJudgeNotTheirParents() {
        LocalDate seventeen = LocalDate.now().minusYears(17);
        GrantedCare care = testCare.granted(Law.JEUGDWET, LocalDate.now().minusMonths(2), LocalDate.now().plusMonths(4),
                seventeen);
        held(care, MeetingKind.CHECK);
        String parent = members.portalLogin(members.parentOf(care.familyId()));
        String youth = members.portalLogin(care.personId());

        SignIn.as(users, parent);
        assertThat(feedback.mine()).isEmpty();
        assertThatThrownBy(() -> feedback.answerDelivery(care.provisionId(), YearMonth.now(), true, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feedback.rate(care.provisionId(), RatingMoment.CHECK, 8, 8, 8, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(auditActions(parent, care.familyId())).filteredOn("DENIED"::equals).hasSize(2);

        SignIn.as(users, youth);
        feedback.answerDelivery(care.provisionId(), YearMonth.now().minusMonths(1), true, null);
        feedback.rate(care.provisionId(), RatingMoment.CHECK, 8, 7, 6, null);
        assertThat(only(feedback.mine()).deliveries()).hasSize(1);
        assertThat(auditActions(youth, care.familyId())).contains("READ", "CREATE").doesNotContain("DENIED");
    }

    @Test
    void theConsultantsReadIsAuditedAndAColleagueWithoutAccessIsRefused() {
        GrantedCare care = testCare.granted(Law.JEUGDWET, YearMonth.now().minusMonths(2).atDay(1),
                LocalDate.now().plusMonths(4));

        SignIn.as(users, CONSULTANT);
        assertThat(only(feedback.ofFamily(care.familyId())).monthsToConfirm()).hasSize(2);
        assertThat(jdbc.sql("""
                        select count(*) from audit_event
                        where actor = :actor and family_id = :id and action = 'READ' and subject = 'audit.portal.care.read'""")
                .param("actor", CONSULTANT).param("id", care.familyId()).query(Long.class).single()).isOne();

        SignIn.as(users, "daan");
        assertThatThrownBy(() -> feedback.ofFamily(care.familyId())).isInstanceOf(AccessDeniedException.class);
        assertThat(auditActions("daan", care.familyId())).containsOnly("DENIED");
    }

    /** The consultant records that the provision's meeting was held today, and stays signed in. */
    private void held(GrantedCare care, MeetingKind kind) {
        SignIn.as(users, TestCases.consultantOf(care.law()));
        MeetingReport report = new MeetingReport(LocalDate.now(), "ouder, aanbieder, consulent", null);
        if (kind == MeetingKind.CHECK) {
            meetings.recordCheckMeeting(care.familyId(), care.personId(), care.provisionId(), report,
                    CheckOutcome.CONTINUE);
        } else {
            meetings.recordEvaluation(care.familyId(), care.personId(), care.provisionId(), report,
                    EvaluationOutcome.EXTEND);
        }
    }

    private static ProvisionFeedback only(List<ProvisionFeedback> feedback) {
        assertThat(feedback).hasSize(1);
        return feedback.get(0);
    }

    private List<String> auditActions(String actor, long familyId) {
        return jdbc.sql("select action from audit_event where actor = :actor and family_id = :id")
                .param("actor", actor).param("id", familyId).query(String.class).list();
    }
}
