package nl.gezinsplan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.TestClock;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.GrantedCare;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.portal.CareFeedback;
import nl.gezinsplan.portal.CareFollowUps;
import nl.gezinsplan.portal.DeliveryAnswer;
import nl.gezinsplan.portal.TestCare;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A report that care was not delivered is followed up by the consultant; one nobody followed up within five days
 * ({@code gezinsplan.notifications.delivery-follow-up-within}) goes to the managers of the family's teams.
 */
@IntegrationTest
class CareFollowUpTest {

    private static final YearMonth MONTH = YearMonth.now().minusMonths(1);

    @Autowired
    CareFollowUpScan scan;

    @Autowired
    CareFollowUps followUps;

    @Autowired
    CareFeedback feedback;

    @Autowired
    TestCare testCare;

    @Autowired
    TestMembers members;

    @Autowired
    TestClock clock;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    /** The portal login of the parent who reported. */
    private String parent;

    @AfterEach
    void reset() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void theConsultantFollowsUpAReportWithANoteThatTheReportShows() {
        GrantedCare care = reported();

        SignIn.as(users, "anna");
        followUps.followUp(care.provisionId(), MONTH, "  Aanbieder gebeld, komt volgende week  ");

        assertThat(feedback.ofFamily(care.familyId())).singleElement()
                .satisfies(provision -> assertThat(provision.deliveries()).singleElement().satisfies(answer -> {
                    assertThat(answer.followUp().by()).isEqualTo("Anna de Vries");
                    assertThat(answer.followUp().note()).isEqualTo("Aanbieder gebeld, komt volgende week");
                }));
        assertThat(jdbc.sql("select count(*) from audit_event where family_id = :id and subject = :subject")
                .param("id", care.familyId()).param("subject", "audit.portal.care.followed-up")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aFollowUpNeedsANoteAndIsGivenOnce() {
        GrantedCare care = reported();
        SignIn.as(users, "anna");

        assertThatThrownBy(() -> followUps.followUp(care.provisionId(), MONTH, "  "))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("portal.care.follow-up.note.required");
        assertThatThrownBy(() -> followUps.followUp(care.provisionId(), MONTH, "x".repeat(501)))
                .isInstanceOf(InvalidInput.class);
        followUps.followUp(care.provisionId(), MONTH, "Gebeld");
        assertThatThrownBy(() -> followUps.followUp(care.provisionId(), MONTH, "Nog eens"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("portal.care.follow-up.already");
    }

    @Test
    void onlyAReportThatCareWasNotDeliveredIsFollowedUpAndOnlyByStaffWithAccessToTheFamily() {
        GrantedCare care = reported();
        SignIn.as(users, parent);
        feedback.answerDelivery(care.provisionId(), MONTH.minusMonths(1), true, null);

        assertThatThrownBy(() -> followUps.followUp(care.provisionId(), MONTH, "Zelf gedaan"))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "carla");
        assertThatThrownBy(() -> followUps.followUp(care.provisionId(), MONTH, "Gebeld"))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "anna");
        assertThatThrownBy(() -> followUps.followUp(care.provisionId(), MONTH.minusMonths(1), "Gebeld"))
                .as("care that was given").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aReportNotFollowedUpWithinFiveDaysGoesToTheManagersOfTheFamilysTeamsOnce() {
        GrantedCare care = reported();

        clock.moveTo(LocalDate.now().plusDays(4));
        scan.scan();
        assertThat(toldLate(care.familyId())).as("four days is in time").isEmpty();

        clock.moveTo(LocalDate.now().plusDays(6));
        scan.scan();
        scan.scan();
        assertThat(toldLate(care.familyId())).containsExactly("marieke");
    }

    @Test
    void aReportLateByMoreThanAWeekIsNoNewsAnyMore() {
        GrantedCare care = reported();

        clock.moveTo(LocalDate.now().plusDays(13));
        scan.scan();

        assertThat(toldLate(care.familyId())).as("as reports from before the rule existed").isEmpty();
    }

    @Test
    void aReportFollowedUpInTimeGoesToNoManager() {
        GrantedCare care = reported();
        SignIn.as(users, "anna");
        followUps.followUp(care.provisionId(), MONTH, "Gebeld");

        clock.moveTo(LocalDate.now().plusDays(6));
        scan.scan();

        assertThat(toldLate(care.familyId())).isEmpty();
    }

    /** Jeugdwet care for Kim Route, whose parent says it was not delivered last month; anna is the contact person. */
    private GrantedCare reported() {
        GrantedCare care = testCare.granted(Law.JEUGDWET, MONTH.minusMonths(1).atDay(1),
                LocalDate.now().plusMonths(2));
        parent = members.portalLogin(members.parentOf(care.familyId()));
        SignIn.as(users, parent);
        feedback.answerDelivery(care.provisionId(), MONTH, false, "Niemand gekomen");
        SecurityContextHolder.clearContext();
        return care;
    }

    private List<String> toldLate(long familyId) {
        return jdbc.sql("""
                        select username from notification
                        where family_id = :id and kind = 'CARE_NOT_FOLLOWED_UP' order by username""")
                .param("id", familyId)
                .query(String.class)
                .list();
    }
}
