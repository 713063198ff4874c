package nl.gezinsplan.workspace.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import nl.gezinsplan.BrowserTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.portal.Questions;
import nl.gezinsplan.workflow.TestRoutes;
import nl.gezinsplan.workflow.TestTasks;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two people at two browsers, neither reloading: what one does shows on the other's open screen, pushed by the server
 * over its websocket (issue 18: within two seconds).
 */
class LiveScreensBrowserTest extends BrowserTest {

    private static final AtomicLong NAMES = new AtomicLong(System.nanoTime() % 100_000);
    private static final String BADGE = """
            () => { const badge = document.querySelector("vaadin-side-nav-item[path='werkvoorraad'] > span");
                    return badge && !badge.hidden ? badge.textContent : ''; }""";

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    TestTasks testTasks;

    @Autowired
    TestRoutes routes;

    @Autowired
    TestMembers members;

    @Autowired
    Questions questions;

    @Autowired
    UserDetailsService users;

    @Test
    void aColleagueTakesATaskAndItLeavesTheOtherConsultantsInboxWithinTwoSeconds() {
        String name = "Live" + NAMES.incrementAndGet();
        Family family = testFamilies.registeredBy("anna", name);
        String talk = testTasks.perspectiveTalk(family.getId(), testFamilies.firstMemberOf(family),
                EngineDates.today().minusYears(17));
        // the most urgent first: this one heads both lists, whatever else the suite left in them
        testTasks.due(talk, LocalDate.of(2000, 1, 1));
        SecurityContextHolder.clearContext();

        Page anna = page;
        login("anna");
        anna.navigate(url("werkvoorraad"));
        Page bram = page = anotherBrowser();
        login("bram");
        bram.navigate(url("werkvoorraad"));
        assertThat(bram.locator("#inbox")).isVisible();
        String countBefore = inboxCount(bram);
        String badgeBefore = badge(bram);

        page = anna;
        anna.locator("#inbox").getByText(name).first().click();
        button("In behandeling nemen").click();
        assertThat(anna.getByText("U heeft de taak in behandeling genomen.")).isVisible();

        inboxChanged(bram, countBefore);
        badgeChanged(bram, badgeBefore);
        screenshot("live-inbox-after-colleague-claimed");
    }

    @Test
    void aParentAgreesToThePlanAndTheConsultantsBadgeAndInboxChange() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        String parent = members.portalLogin(members.parentOf(request.getFamilyId()));
        SecurityContextHolder.clearContext();

        Page anna = page;
        login("anna");
        anna.navigate(url("werkvoorraad"));
        assertThat(anna.locator("#inbox")).isVisible();
        // what follows the agreement; other tests' tasks may fill the first screen, so the list shows only these
        chooseByTyping("Soort taak", "Voorziening voorstellen");
        anna.waitForFunction("() => Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())");
        String badgeBefore = badge(anna);
        String countBefore = inboxCount(anna);

        Page parentsPhone = page = anotherBrowser();
        login(parent, TestMembers.PASSWORD);
        button("Ik ben het eens met dit plan").first().click();
        assertThat(parentsPhone.getByText("Dank u wel. Uw contactpersoon ziet dat u het eens bent met het plan."))
                .isVisible();

        page = anna;
        badgeChanged(anna, badgeBefore);
        inboxChanged(anna, countBefore);
        org.assertj.core.api.Assertions.assertThat(Long.parseLong(inboxCount(anna)))
                .as("one more proposal to make").isEqualTo(Long.parseLong(countBefore) + 1);
        screenshot("live-inbox-after-parent-agreed");
    }

    @Test
    void whatAParentIsTypingStaysWhenTheAnswerArrivesAndTheyRefreshWhenTheyAreReady() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        long parentId = members.parentOf(request.getFamilyId());
        String parent = members.portalLogin(parentId);
        SignIn.as(users, parent);
        questions.send("Kan het gesprek op woensdag?");
        SecurityContextHolder.clearContext();

        onPhone();
        login(parent, TestMembers.PASSWORD);
        page.navigate(url("mijn-gezin/vragen"));
        page.getByLabel("Uw vraag of opmerking").fill("En wie komt er nog meer");
        page.waitForFunction("() => Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())");

        SignIn.as(users, "anna");
        questions.answer(parentId, "Ja, woensdag om tien uur.");
        SecurityContextHolder.clearContext();

        assertThat(page.getByText("Iemand heeft hier iets gewijzigd.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(page.getByLabel("Uw vraag of opmerking")).hasValue("En wie komt er nog meer");
        assertThat(page.getByText("Ja, woensdag om tien uur.")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(axeViolations()).isEmpty();
        screenshot("live-changed-portal-phone");

        button("Vernieuwen").click();
        assertThat(page.getByText("Ja, woensdag om tien uur.")).isVisible();
    }

    /** How many tasks the inbox lists, as the grid in the browser knows it. */
    private static String inboxCount(Page page) {
        page.waitForFunction("() => document.querySelector('#inbox') && document.querySelector('#inbox').size >= 0");
        return String.valueOf(page.evaluate("() => document.querySelector('#inbox').size"));
    }

    /** Waits at most two seconds for the inbox to list another number of tasks than {@code before}, unreloaded. */
    private static void inboxChanged(Page page, String before) {
        page.waitForFunction("before => String(document.querySelector('#inbox').size) !== before", before,
                new Page.WaitForFunctionOptions().setTimeout(2_000));
    }

    /** The number beside the inbox in the menu as the user sees it: none when it is hidden. */
    private static String badge(Page page) {
        return String.valueOf(page.evaluate(BADGE));
    }

    /** Waits at most two seconds for the menu to show another number beside the inbox than {@code before}. */
    private static void badgeChanged(Page page, String before) {
        page.waitForFunction("before => (" + BADGE + ")() !== before", before,
                new Page.WaitForFunctionOptions().setTimeout(2_000));
    }
}
