package nl.gezinsplan.portal;

import java.util.regex.Pattern;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.AriaRole;
import nl.gezinsplan.BrowserTest;
import nl.gezinsplan.SignIn;
import java.time.LocalDate;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.GrantedCare;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.workflow.RequestRoute;
import nl.gezinsplan.workflow.TestRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The portal in a real browser at phone size: a parent reads the family plan, agrees to it, which moves the request's
 * route on, and asks a question; the contact person sees it waiting, answers it, and the parent finds the answer on
 * the portal's home page and reads it.
 */
class PortalJourneyBrowserTest extends BrowserTest {

    private static final int PHONE_WIDTH = 375;
    private static final int PHONE_HEIGHT = 667;
    private static final String CONTENT =
            "document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[content]')";
    private static final String QUESTION = "Kan het gesprek na schooltijd, na drie uur?";
    private static final String ANSWER = "Ja, dat kan. Ik kom donderdag om half vier.";

    @Autowired
    TestRoutes routes;

    @Autowired
    TestMembers members;

    @Autowired
    RequestRoute route;

    @Autowired
    Questions questions;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestCare testCare;

    @Test
    void aParentOnTheirPhoneAgreesToThePlanAndAsksAQuestionThatTheContactPersonAnswers() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        long familyId = request.getFamilyId();
        String parent = members.portalLogin(members.parentOf(familyId));

        onPhone();
        login(parent, TestMembers.PASSWORD);
        assertThat(heading("Gezin Route")).isVisible();
        assertThat(page.getByText("Weer naar school")).isVisible();
        assertNoSidewaysScrolling();
        wholePageScreenshot("portal-plan-phone");

        assertThat(button("Ik ben het eens met dit plan")).hasCount(2); // above the plan and below it
        button("Ik ben het eens met dit plan").last().click();
        assertThat(page.getByText("Dank u wel. Uw contactpersoon ziet dat u het eens bent met het plan.")).isVisible();
        assertThat(button("Ik ben het eens met dit plan")).hasCount(0);
        SignIn.as(users, "anna");
        assertThat(route.openTaskOf(request.getId()).orElseThrow().name()).isEqualTo("Voorziening voorstellen");

        openFromMenu("Vragen");
        assertThat(heading("Vragen aan uw contactpersoon")).isVisible();
        page.getByLabel("Uw vraag of opmerking").fill(QUESTION);
        button("Versturen").click();
        assertThat(page.locator(".bubble-mine p")).hasText(QUESTION);
        assertThat(page.getByLabel("Uw vraag of opmerking")).hasValue("");

        onDesktop();
        SignIn.as(users, "anna");
        long waiting = questions.waitingForMe();
        login("anna");
        assertThat(heading("Mijn werk")).isVisible();
        assertThat(menuItem("Vragen van gezinnen").locator(".menu-count")).hasText(Long.toString(waiting));
        menuItem("Vragen van gezinnen").click();
        assertThat(heading("Vragen van gezinnen")).isVisible();
        page.locator("a[href='gezinnen/" + familyId + "']").click();
        assertThat(heading("Gezin Route")).isVisible();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Vragen van het gezin")).click();
        assertThat(page.locator(".bubble-theirs p")).hasText(QUESTION);
        page.getByLabel("Antwoord aan Sam Route").fill(ANSWER);
        button("Antwoord versturen").click();
        assertThat(page.getByText("Het antwoord is verstuurd. Sam Route ziet het in het portaal.")).isVisible();
        screenshot("portal-question-answered");

        onPhone();
        login(parent, TestMembers.PASSWORD);
        assertThat(heading("Gezin Route")).isVisible();
        assertThat(page.locator(".portal-news")).containsText("U heeft 1 nieuw antwoord van uw contactpersoon.");
        wholePageScreenshot("portal-home-news-phone");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lees de antwoorden")).click();
        assertThat(page.locator(".bubble-theirs p")).hasText(ANSWER);
        assertNoSidewaysScrolling();
        wholePageScreenshot("portal-questions-phone");
        openFromMenu("Mijn gezin");
        assertThat(page.locator(".portal-news")).containsText("Er is niets nieuws voor u.");
    }

    @Test
    void theLinkToALetterIsLargeEnoughToTapOnAPhone() {
        GrantedCare care = testCare.granted(Law.JEUGDWET, LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(3));
        String parent = members.portalLogin(members.parentOf(care.familyId()));

        onPhone();
        login(parent, TestMembers.PASSWORD);
        assertThat(heading("Gezin Route")).isVisible();
        page.navigate(url("mijn-gezin/hulp"));
        Locator letter = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Brief openen (pdf)"));
        assertThat(letter).isVisible();
        BoundingBox box = letter.boundingBox();
        assertThat(box.width).as("the link's width in px").isGreaterThanOrEqualTo(44);
        assertThat(box.height).as("the link's height in px").isGreaterThanOrEqualTo(44);
        assertNoSidewaysScrolling();
        wholePageScreenshot("portal-care-phone");
    }

    /** The page, and the layout's content area that scrolls inside it, are no wider than the phone. */
    private void assertNoSidewaysScrolling() {
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("the page's width on a phone").isLessThanOrEqualTo(PHONE_WIDTH);
        assertThat(((Number) page.evaluate(CONTENT + ".scrollWidth")).intValue())
                .as("the content's width on a phone").isLessThanOrEqualTo(PHONE_WIDTH);
    }

    /**
     * The page scrolls inside the layout's content area, which a full-page screenshot does not unroll: the phone is
     * made as tall as the content for the picture.
     */
    private void wholePageScreenshot(String name) {
        int height = ((Number) page.evaluate("Math.ceil(" + CONTENT + ".getBoundingClientRect().top + " + CONTENT
                + ".scrollHeight)")).intValue();
        page.setViewportSize(PHONE_WIDTH, Math.max(height, PHONE_HEIGHT));
        screenshot(name);
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
    }

    /** On a phone the menu is behind the toggle in the top bar. */
    private void openFromMenu(String entry) {
        page.locator("vaadin-drawer-toggle").click();
        menuItem(entry).click();
    }

    /** The entry named {@code label} as a whole word: "Vragen" is not "Aanvragen". */
    private Locator menuItem(String label) {
        return page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("\\b" + label + "\\b")));
    }
}
