package nl.gezinsplan.base.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.gezinsplan.BrowserTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.security.LoginPage;
import nl.gezinsplan.workflow.TestRoutes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Everything done with the keyboard alone (Tab, Shift+Tab, arrows, Space, Enter; never the mouse), and wherever the
 * focus stops it can be seen: a consultant logs in, goes to the inbox, opens a task and completes it, first hearing
 * what is missing; a parent reads the plan in the portal and agrees to it. Form errors and status messages are in live
 * regions, so a screen reader says them without the user looking for them.
 */
class KeyboardJourneyBrowserTest extends BrowserTest {

    /** The element that has the focus, inside shadow roots too. */
    private static final String FOCUSED = """
            () => { let focused = document.activeElement;
                    while (focused && focused.shadowRoot && focused.shadowRoot.activeElement) {
                        focused = focused.shadowRoot.activeElement; }
                    return focused; }""";
    /**
     * Whether the focus can be seen: Lumo draws its ring on a component marked focus-ring (the component, or one it
     * sits in); a plain element needs an outline or a shadow of its own (or on its ::before or ::after).
     */
    private static final String FOCUS_VISIBLE = """
            focused => { if (!focused || focused === document.body) return 'nothing has the focus';
                for (let node = focused; node; node = node.parentElement || (node.getRootNode() && node.getRootNode().host)) {
                    if (node.hasAttribute && node.hasAttribute('focus-ring')) return '';
                }
                for (const part of [null, '::before', '::after']) {
                    const style = getComputedStyle(focused, part);
                    if ((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none') return '';
                }
                return '<' + focused.localName + '> ' + (focused.getAttribute('aria-label') || focused.textContent || '').trim().slice(0, 40); }""";
    private static final int MAX_TABS = 60;
    private static final int MAX_ROWS = 1_000;

    @Autowired
    TestCases cases;

    @Autowired
    TestRoutes routes;

    @Autowired
    TestMembers members;

    private final List<String> unseenFocus = new ArrayList<>();

    @Test
    void aConsultantLogsInOpensATaskFromTheInboxAndCompletesItWithTheKeyboardOnly() {
        cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        page.navigate(url(LoginPage.PATH));
        tabTo(page.getByLabel("Gebruikersnaam"));
        page.keyboard().type("anna");
        tabTo(page.getByLabel("Wachtwoord"));
        page.keyboard().type("demo");
        page.keyboard().press("Enter");
        assertThat(heading("Mijn werk")).isVisible();

        tabTo(page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Werkvoorraad")));
        page.keyboard().press("Enter");
        assertThat(heading("Werkvoorraad")).isVisible();
        // Tab enters the grid at its header, the next Tab reaches the rows
        tabTo(page.locator("vaadin-grid").getByRole(AriaRole.GRIDCELL).first());
        // the whole suite leaves many tasks in anna's inbox: go down to a triage, however far
        for (int row = 0; row < MAX_ROWS && !focusedRowText().contains("Triage"); row++) {
            page.keyboard().press("ArrowDown");
        }
        assertThat(focusedRowText()).contains("Triage");
        page.keyboard().press("Space");
        assertThat(button("Openen")).isEnabled();
        shiftTabTo(button("Openen"));
        page.keyboard().press("Enter");
        assertThat(heading("Triage")).isVisible();

        tabTo(button("Afronden"));
        page.keyboard().press("Enter");
        Locator error = page.locator(".form-error");
        assertThat(error).isVisible();
        assertThat(error).hasAttribute("role", "alert");

        // a radio group is one stop for Tab; the arrows choose within it
        shiftTabTo(page.getByRole(AriaRole.RADIOGROUP));
        Locator research = page.getByLabel("Onderzoek met het gezin (keukentafelgesprek)");
        for (int radio = 0; radio < MAX_TABS && !hasFocus(research); radio++) {
            page.keyboard().press("ArrowDown");
        }
        page.keyboard().press("Space");
        tabTo(page.getByLabel("Toelichting"));
        page.keyboard().type("Zorgen over schoolverzuim");
        tabTo(button("Afronden"));
        page.keyboard().press("Enter");
        assertThat(heading("Werkvoorraad")).isVisible();
        Locator status = page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("De taak is afgerond."));
        assertThat(status).isVisible();
        assertThat(status).hasAttribute("role", "alert");
        assertThat(unseenFocus).as("focus stops where the focus cannot be seen").isEmpty();
    }

    @Test
    void aParentReadsThePlanAndAgreesWithTheKeyboardOnly() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        String parent = members.portalLogin(members.parentOf(request.getFamilyId()));
        page.navigate(url(LoginPage.PATH));
        tabTo(page.getByLabel("Gebruikersnaam"));
        page.keyboard().type(parent);
        tabTo(page.getByLabel("Wachtwoord"));
        page.keyboard().type(TestMembers.PASSWORD);
        page.keyboard().press("Enter");
        assertThat(heading("Gezin Route")).isVisible();
        assertThat(page.getByText("Weer naar school")).isVisible();

        tabTo(button("Ik ben het eens met dit plan").first());
        page.keyboard().press("Enter");
        assertThat(page.getByText("Dank u wel. Uw contactpersoon ziet dat u het eens bent met het plan.")).isVisible();
        assertThat(unseenFocus).as("focus stops where the focus cannot be seen").isEmpty();
    }

    @AfterEach
    void showWhereTheFocusWas() {
        screenshot("keyboard-journey-last-focus");
    }

    private boolean hasFocus(Locator target) {
        return (Boolean) target.evaluate("target => { const focused = (" + FOCUSED + ")();"
                + " for (let node = focused; node; node = node.parentNode || node.host) {"
                + " if (node === target) return true; } return false; }");
    }

    /** The texts of the grid row that has the focus (a grid's cells show their content through slots). */
    private String focusedRowText() {
        return (String) page.evaluateHandle(FOCUSED).evaluate("cell => { const row = cell && cell.closest('tr');"
                + " return row ? [...row.querySelectorAll('slot')].map(slot => slot.assignedNodes()"
                + ".map(node => node.textContent).join('')).join(' ') : ''; }");
    }

    private void tabTo(Locator target) {
        moveFocusTo(target, "Tab");
    }

    private void shiftTabTo(Locator target) {
        moveFocusTo(target, "Shift+Tab");
    }

    /**
     * Presses {@code key} until {@code target} (or something inside it, in its shadow root too) has the focus, noting
     * every stop where the focus cannot be seen.
     */
    private void moveFocusTo(Locator target, String key) {
        for (int presses = 0; presses < MAX_TABS; presses++) {
            if (hasFocus(target)) {
                return;
            }
            page.keyboard().press(key);
            String unseen = (String) page.evaluateHandle(FOCUSED).evaluate(FOCUS_VISIBLE);
            if (!unseen.isEmpty()) {
                unseenFocus.add(page.url().replaceFirst("^.*?//[^/]+/", "/") + ": " + unseen);
            }
        }
        throw new AssertionError(key + " " + MAX_TABS + " times never reached " + target);
    }
}
