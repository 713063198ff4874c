package nl.gezinsplan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.GrantedCare;
import nl.gezinsplan.casework.Provisions;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.FamilyAccountLinks;
import nl.gezinsplan.family.FamilyRole;
import nl.gezinsplan.family.Person;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.meeting.MeetingKind;
import nl.gezinsplan.meeting.Meetings;
import nl.gezinsplan.plan.Goal;
import nl.gezinsplan.plan.GoalStatus;
import nl.gezinsplan.plan.PlanDraft;
import nl.gezinsplan.plan.Plans;
import nl.gezinsplan.security.UserAccounts;
import nl.gezinsplan.workflow.PerspectiveTalks;
import nl.gezinsplan.workflow.PlannedMeeting;
import nl.gezinsplan.workflow.PlannedMeetings;
import nl.gezinsplan.workflow.ProvisionRoute;
import nl.gezinsplan.workflow.RequestRoute;
import nl.gezinsplan.workflow.TestRoutes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class MyFamilyTest {

    @Autowired
    MyFamily myFamily;

    @Autowired
    Plans plans;

    @Autowired
    Families families;

    @Autowired
    Provisions provisions;

    @Autowired
    Meetings meetings;

    @Autowired
    FamilyAccountLinks familyAccounts;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    RequestRoute route;

    @Autowired
    TestRoutes routes;

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    TestMembers members;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestCare testCare;

    @Autowired
    PlannedMeetings plannedMeetings;

    @Autowired
    ProvisionRoute provisionRoute;

    @Autowired
    PerspectiveTalks perspectiveTalks;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aParentReadsThePlanAndAgreesToItWhichMovesTheRouteOn() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        String parent = members.portalLogin(members.parentOf(request.getFamilyId()));
        SignIn.as(users, parent);

        MyFamilyFile file = myFamily.read();
        assertThat(file.plan()).hasValueSatisfying(plan -> {
            assertThat(plan.goals()).extracting(Goal::description).containsExactly("Weer naar school");
            assertThat(plan.mayAgree()).isTrue();
        });
        assertThat(file.contactPerson()).hasValueSatisfying(contact -> assertThat(contact.fullName()).contains("Anna"));
        assertThat(file.members()).allSatisfy(member -> assertThat(member.maskedBsn()).startsWith("*****"));

        plans.agreeInPortal(file.plan().orElseThrow().number());

        assertThat(route.openTaskOf(request.getId())).hasValueSatisfying(
                step -> assertThat(step.name()).isEqualTo("Voorziening voorstellen"));
        assertThat(myFamily.read().plan()).hasValueSatisfying(plan -> {
            assertThat(plan.agreed()).isTrue();
            assertThat(plan.mayAgree()).isFalse();
        });
        assertThat(jdbc.sql("select channel from plan_consent where family_id = :id")
                .param("id", request.getFamilyId()).query(String.class).single()).isEqualTo("PORTAL");
        assertThat(auditActions(parent, request.getFamilyId())).contains("READ", "UPDATE");
    }

    @Test
    void aMemberCannotReachAnotherFamilyAndTheAttemptIsLogged() {
        Request own = routes.awaitingConsent(Law.JEUGDWET);
        Request other = routes.awaitingConsent(Law.WMO);
        String parent = members.portalLogin(members.parentOf(own.getFamilyId()));
        SignIn.as(users, parent);
        long otherFamily = other.getFamilyId();

        List<Runnable> attempts = List.of(
                () -> plans.current(otherFamily),
                () -> plans.currentVersionAgreed(otherFamily),
                () -> families.open(otherFamily),
                () -> provisions.ofFamily(otherFamily),
                () -> meetings.ofFamily(otherFamily),
                () -> plans.versions(otherFamily),
                () -> families.timeline(otherFamily, 10));
        attempts.forEach(attempt -> assertThatThrownBy(attempt::run).isInstanceOf(AccessDeniedException.class));

        assertThat(auditActions(parent, otherFamily)).containsOnly("DENIED").hasSize(attempts.size());
        assertThat(myFamily.read().familyName()).isEqualTo("Route");
    }

    @Test
    void aMemberSeesOnlyTheStaffPartsOfTheFileThePortalOffers() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        SignIn.as(users, members.portalLogin(members.parentOf(request.getFamilyId())));

        // the plan's history and the file's timeline are for professionals
        assertThatThrownBy(() -> plans.versions(request.getFamilyId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> families.timeline(request.getFamilyId(), 10))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aYouthOfSixteenSeesOwnAndSharedItemsAndParentsDoNotSeeTheirs() {
        LocalDate sixteen = LocalDate.now().minusYears(16).minusDays(1);
        var family = testFamilies.registeredBy("anna", "Eigen");
        long parentId = members.parentOf(family.getId());
        Person youth = families.addPerson(family.getId(), testFamilies.person("Lotte", "Eigen", sixteen, FamilyRole.CHILD));
        Person child = families.addPerson(family.getId(),
                testFamilies.person("Mats", "Eigen", LocalDate.now().minusYears(9), FamilyRole.CHILD));
        PlanDraft draft = PlanDraft.empty();
        draft.goals().add(goal(null, "Rust in huis"));
        draft.goals().add(goal(youth.getId(), "Eigen kamer vinden"));
        draft.goals().add(goal(child.getId(), "Zwemdiploma halen"));
        draft.goals().add(goal(parentId, "Schulden op een rij"));
        plans.save(family.getId(), draft);

        SignIn.as(users, members.portalLogin(parentId));
        MyFamilyFile parentView = myFamily.read();
        assertThat(parentView.plan().orElseThrow().goals()).extracting(Goal::description)
                .containsExactly("Rust in huis", "Zwemdiploma halen", "Schulden op een rij");
        assertThat(parentView.members()).extracting(MyFamilyFile.Member::firstName).doesNotContain("Lotte");

        SignIn.as(users, members.portalLogin(youth.getId()));
        MyFamilyFile youthView = myFamily.read();
        assertThat(youthView.plan().orElseThrow().goals()).extracting(Goal::description)
                .containsExactly("Rust in huis", "Eigen kamer vinden");
        assertThat(youthView.members()).extracting(MyFamilyFile.Member::firstName).containsExactly("Lotte");
        assertThat(youthView.plan().orElseThrow().mayAgree()).as("only adults agree to the whole plan").isFalse();
        assertThatThrownBy(() -> plans.agreeInPortal(1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void agreeingToAVersionThatIsNoLongerCurrentIsRefused() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        long familyId = request.getFamilyId();
        var read = plans.current(familyId).orElseThrow();
        PlanDraft changed = PlanDraft.from(read);
        changed.goals().add(goal(request.getPersonId(), "Beter slapen"));
        plans.save(familyId, changed);
        SignIn.as(users, members.portalLogin(members.parentOf(familyId)));

        assertThatThrownBy(() -> plans.agreeInPortal(read.number()))
                .isInstanceOf(InvalidInput.class).hasMessage("plan.agreement.not-current");
        assertThat(jdbc.sql("select count(*) from plan_consent where family_id = :id")
                .param("id", familyId).query(Long.class).single()).isZero();
    }

    @Test
    void aRevokedOrUnlinkedLoginSeesNothing() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        long parentId = members.parentOf(request.getFamilyId());
        String parent = members.portalLogin(parentId);
        familyAccounts.revoke(parentId, "anna");
        SignIn.as(users, parent);
        assertThatThrownBy(myFamily::read).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.current(request.getFamilyId())).isInstanceOf(AccessDeniedException.class);

        userAccounts.createFamilyLogin("zonder-gezin-" + parentId, "Zonder", "Gezin", TestMembers.PASSWORD);
        SignIn.as(users, "zonder-gezin-" + parentId);
        assertThatThrownBy(myFamily::read).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTalkYearsAheadIsNotShownToTheFamilyAMeetingWithinAYearIs() {
        LocalDate three = LocalDate.now().minusYears(3);
        GrantedCare care = testCare.granted(Law.JEUGDWET, LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(6),
                three);
        provisionRoute.start(care);
        perspectiveTalks.start(care.familyId(), care.personId(), three);
        assertThat(plannedMeetings.of(care.familyId())).as("the route plans a talk about life after 18")
                .extracting(PlannedMeeting::kind).contains(MeetingKind.PERSPECTIVE, MeetingKind.CHECK);
        SignIn.as(users, members.portalLogin(members.parentOf(care.familyId())));

        assertThat(myFamily.read().meetingsPlanned()).extracting(PlannedMeeting::kind)
                .contains(MeetingKind.CHECK).doesNotContain(MeetingKind.PERSPECTIVE);
    }

    @Test
    void staffHaveNoPortalOfTheirOwn() {
        SignIn.as(users, "anna");
        assertThatThrownBy(myFamily::read).isInstanceOf(AccessDeniedException.class);
    }

    private Goal goal(Long personId, String description) {
        return Goal.create(Law.JEUGDWET, personId, description, "Afgesproken", null, GoalStatus.OPEN);
    }

    private List<String> auditActions(String actor, long familyId) {
        return jdbc.sql("select action from audit_event where actor = :actor and family_id = :id")
                .param("actor", actor).param("id", familyId).query(String.class).list();
    }
}
