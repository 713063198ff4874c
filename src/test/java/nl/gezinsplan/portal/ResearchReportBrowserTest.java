package nl.gezinsplan.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.gezinsplan.decision.TestLetters.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Set;
import nl.gezinsplan.BrowserTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.TriageOutcome;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.workflow.RequestRoute;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The research report in a real browser: the consultant writes it at the research task of a Wmo request, a parent
 * reads it on their phone in the portal and adds the family's view, and the consultant sees that view on the request.
 */
class ResearchReportBrowserTest extends BrowserTest {

    private static final int PHONE_WIDTH = 375;
    private static final String CONTENT =
            "document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[content]')";
    private static final String CONCLUSION = "Huishoudelijke hulp, drie uur per week";
    private static final String VIEW = "Mijn zoon helpt alleen in het weekend, niet elke dag.";

    @Autowired
    TestCases cases;

    @Autowired
    RequestRoute route;

    @Autowired
    TestMembers members;

    @Autowired
    UserDetailsService users;

    @Test
    void theConsultantWritesTheReportTheFamilyAddsItsViewOnAPhoneAndTheConsultantSeesIt() throws IOException {
        SignIn.as(users, "carla");
        Request request = cases.request(Law.WMO, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        route.triage(route.openTaskOf(request.getId()).orElseThrow().taskId(), TriageOutcome.RESEARCH, Set.of(), null);
        String task = route.openTaskOf(request.getId()).orElseThrow().taskId();
        String parent = members.portalLogin(members.parentOf(request.getFamilyId()));

        login("carla");
        page.navigate(url("taak/" + task));
        assertThat(heading("Onderzoek en keukentafelgesprek")).isVisible();
        page.getByLabel("Wie waren er bij het gesprek?").fill("Sam Route, zoon, consulent");
        page.getByLabel("Wat kan het gezin zelf?").fill("Sam kookt zelf en doet kleine boodschappen");
        page.getByLabel("Wat kan het netwerk doen (familie, buren, vrienden)?").fill("De zoon helpt elke dag");
        page.getByLabel("Welke algemene voorzieningen kunnen helpen?").fill("Boodschappendienst van de wijk");
        page.getByLabel("Welke hulp is daarnaast nodig?").fill("Hulp bij het schoonmaken");
        page.getByLabel("Conclusie", new Page.GetByLabelOptions().setExact(true)).fill(CONCLUSION);
        screenshot("research-form");
        button("Onderzoek afgerond").click();
        assertThat(heading("Werkvoorraad")).isVisible();

        onPhone();
        login(parent, TestMembers.PASSWORD);
        assertThat(heading("Gezin Route")).isVisible();
        page.locator("vaadin-drawer-toggle").click();
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Onderzoek")).click();
        assertThat(heading("Onderzoek")).isVisible();
        Download report = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Verslag lezen (pdf)")).click());
        assertThat(textOf(Files.readAllBytes(report.path()))).contains("Kim Route", CONCLUSION);
        page.getByLabel("Uw mening over dit verslag").fill(VIEW);
        button("Mening versturen").click();
        assertThat(page.getByText("Uw mening is verstuurd naar uw consulent.")).isVisible();
        assertThat(page.getByText(VIEW)).isVisible();
        button("Ik ben het eens en vraag de hulp aan").click();
        assertThat(page.getByText("Uw aanvraag is ontvangen. U krijgt binnen twee weken een besluit.")).isVisible();
        assertThat(page.getByText("U heeft de hulp aangevraagd op")).isVisible();
        assertThat(((Number) page.evaluate(CONTENT + ".scrollWidth")).intValue())
                .as("the content's width on a phone").isLessThanOrEqualTo(PHONE_WIDTH);
        screenshot("research-portal-phone");

        onDesktop();
        login("carla");
        page.navigate(url("gezinnen/" + request.getFamilyId()));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Hulpvragen")).click();
        page.getByRole(AriaRole.GRIDCELL, new Page.GetByRoleOptions().setName("Wmo")).first().click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText(CONCLUSION)).isVisible();
        assertThat(dialog.getByText(VIEW)).isVisible();
        assertThat(dialog.getByText("Aanvraag gedaan")).isVisible();
        screenshot("research-on-the-request");
    }
}
