package nl.gezinsplan.objection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import nl.gezinsplan.BrowserTest;
import nl.gezinsplan.decision.TestLetters;
import nl.gezinsplan.objection.TestObjections;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The objection journey in a real browser: a consultant registers an objection against a refusal on the family page,
 * takes it through admissibility, the informal talk, the hearing and the committee's advice, and decides it
 * well-founded; the family's letter on the objection grants the help after all. The hearing is recorded on a phone.
 */
class ObjectionJourneyBrowserTest extends BrowserTest {

    @Autowired
    TestObjections testObjections;

    private long familyId;

    @Test
    void aConsultantRegistersAnObjectionAndDecidesIt() throws IOException {
        TestObjections.Refusal refusal = testObjections.refusal();
        familyId = refusal.familyId();
        SecurityContextHolder.clearContext();

        login("anna");
        page.navigate(url("gezinnen/" + refusal.familyId()));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Beschikkingen")).click();
        button("Bezwaar registreren").click();
        page.getByLabel("Gronden van het bezwaar").fill(TestObjections.GROUNDS);
        assertThat(axeViolations()).as("the registration dialog").extracting(Rule::getId).isEmpty();
        screenshot("objection-register");
        button("Registreren").click();
        PlaywrightAssertions.assertThat(page.getByText("Het bezwaar is geregistreerd.", new Page.GetByTextOptions()
                .setExact(false))).isVisible();
        screenshot("objection-registered");

        step("Ontvankelijkheid beoordelen");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Ja, ontvankelijk")).check();
        assertThat(axeViolations()).as("the admissibility form").extracting(Rule::getId).isEmpty();
        complete("Afronden");

        step("Informeel gesprek");
        page.getByLabel("Verslag van het gesprek").fill("Moeder wil een besluit van de commissie.");
        complete("Afronden");

        onPhone();
        login("anna");
        step("Hoorzitting");
        page.getByLabel("Aanwezig").fill("Moeder, consulent, voorzitter commissie");
        page.getByLabel("Verslag van de hoorzitting").fill("Moeder legt uit dat oma niet elke dag kan.");
        assertThat(axeViolations()).as("the hearing form on a phone").extracting(Rule::getId).isEmpty();
        screenshot("objection-hearing-375");
        complete("Afronden");

        onDesktop();
        login("anna");
        step("Advies bezwaarcommissie");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Gegrond").setExact(true)).check();
        page.getByLabel("Toelichting op het advies").fill("Het netwerk kan de begeleiding niet dagelijks bieden.");
        complete("Afronden");

        step("Beslissen op bezwaar");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Gegrond").setExact(true)).check();
        page.getByLabel("Motivering").fill("Oma kan niet elke dag helpen; Kim heeft de begeleiding nodig.");
        screenshot("objection-decision");
        complete("Beslissing versturen");

        page.navigate(url("gezinnen/" + refusal.familyId()));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Beschikkingen")).click();
        Locator objections = page.locator("#objections");
        PlaywrightAssertions.assertThat(objections).containsText("Gegrond");
        screenshot("objection-decided");
        Download letter = page.waitForDownload(() -> page.getByText("Beslissing op bezwaar downloaden").click());
        assertThat(TestLetters.textOf(Files.readAllBytes(letter.path())))
                .contains("Wij verklaren uw bezwaar gegrond", "alsnog de volgende hulp toe", TestLetters.PRODUCT,
                        "Oma kan niet elke dag helpen");
    }

    /** From the family's objections, to the task the objection waits at. */
    private void step(String task) {
        page.navigate(url("gezinnen/" + familyId));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Beschikkingen")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(task)).click();
        PlaywrightAssertions.assertThat(heading(task)).isVisible();
        // on a phone the task page stacks once it knows the window's width: fields filled before that move lose input
        page.waitForFunction("() => (window.innerWidth > 600) === !!document.querySelector('vaadin-split-layout')");
    }

    private void complete(String label) {
        button(label).click();
        screenshot("objection-completed");
        PlaywrightAssertions.assertThat(page.getByText("De taak is afgerond", new Page.GetByTextOptions()
                .setExact(false))).isVisible();
    }
}
