package nl.gezinsplan.workspace.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.gezinsplan.BrowserTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.HeldFamilies;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.workflow.TestTasks;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Journey (b): a consultant leaves. Their manager hands all their families and tasks to a colleague, sees what went
 * where (and that a review of the colleague's own proposal cannot go to them), and the colleague finds the families
 * and the task as their own.
 */
class HandOverBrowserTest extends BrowserTest {

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    TestTasks testTasks;

    @Autowired
    HeldFamilies heldFamilies;

    @Test
    void aManagerHandsALeavingConsultantsFamiliesAndTasksToAColleague() {
        Family family = testFamilies.registeredBy("bram", "Vertrekgezin");
        String talk = testTasks.perspectiveTalk(family.getId(), testFamilies.firstMemberOf(family),
                EngineDates.today().minusYears(17));
        testTasks.claimAs("bram", talk);
        // anna's proposals: one review bram took, one still offered to him and the other members of the team
        testTasks.claimAs("bram", testTasks.review("anna", Law.JEUGDWET, family.getId(),
                testFamilies.firstMemberOf(family)));
        testTasks.review("anna", Law.JEUGDWET, family.getId(), testFamilies.firstMemberOf(family));
        SecurityContextHolder.clearContext();
        long bramsFamilies = heldFamilies.heldBy("bram");

        onPhone();
        login("marieke");
        assertThat(heading("Mijn teams")).isVisible();
        page.navigate(url("beheer/overdracht/bram"));
        assertThat(heading("Werk overdragen: Bram Jansen")).isVisible();
        assertThat(page.locator("#held-families")).isVisible();
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling on a phone").isLessThanOrEqualTo(375);
        screenshot("hand-over-phone");

        onDesktop();
        login("marieke");
        assertThat(heading("Mijn teams")).isVisible();
        page.navigate(url("team"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Werk overdragen: Bram Jansen")).click();
        assertThat(heading("Werk overdragen: Bram Jansen")).isVisible();
        assertThat(page.getByText("Bram Jansen is contactpersoon van " + bramsFamilies + " gezinnen")).isVisible();
        assertThat(page.locator("#held-tasks").getByText("Perspectiefgesprek voeren (gezin Vertrekgezin)")).isVisible();
        chooseByTyping("Collega", "Anna de Vries");
        button("Alles overdragen").click();

        assertThat(heading("Resultaat")).isVisible();
        assertThat(page.getByText("Anna de Vries: " + bramsFamilies + " gezinnen")).isVisible();
        assertThat(page.locator("#hand-over-result")).containsText(
                "nu alleen nog open voor de andere collega's aan wie de route");
        assertThat(page.locator("#hand-over-result")).containsText("Vier-ogencontrole is niet overgedragen: de route"
                + " laat Anna de Vries deze taak niet doen (zoals het vier-ogenprincipe");
        assertThat(page.getByText("Bram Jansen is contactpersoon van geen gezinnen")).isVisible();
        screenshot("hand-over");
        assertThat(heldFamilies.heldBy("bram")).isZero();

        logout();
        login("anna");
        page.navigate(url("gezinnen/" + family.getId()));
        assertThat(page.locator(".contact-person").getByText("Anna de Vries")).isVisible();
        page.navigate(url("taak/" + talk));
        assertThat(heading("Perspectiefgesprek voeren")).isVisible();
        assertThat(testTasks.assigneeOf(talk)).isEqualTo("anna");

    }
}
