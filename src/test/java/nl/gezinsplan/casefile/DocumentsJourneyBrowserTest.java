package nl.gezinsplan.casefile;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.time.LocalDate;
import nl.gezinsplan.BrowserTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.family.TestMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Documents in Chromium: a consultant uploads a referral letter to a request and shares it with the family, previews
 * it in the browser; a parent on a phone sees it in the portal and sends a document of their own, which the
 * consultant then finds on the family page.
 */
class DocumentsJourneyBrowserTest extends BrowserTest {

    /** As AccessibilityBrowserTest checks every screen. */
    private static final String CONTENT =
            "document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[content]')";

    @Autowired
    TestCases cases;

    @Autowired
    TestMembers members;

    @Test
    void aConsultantUploadsAReferralLetterAndTheFamilySeesItOnAPhoneAndSendsOneBack() {
        Request request = cases.request(Law.JEUGDWET, Referrer.GP, Urgency.NORMAL, LocalDate.now());
        long familyId = request.getFamilyId();
        String parent = members.portalLogin(members.parentOf(familyId));

        login("anna");
        assertThat(heading("Mijn werk")).isVisible();
        page.navigate(url("gezinnen/" + familyId));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Documenten")).click();
        choose("Hoort bij", "Hulpvraag " + request.getId() + " (Jeugdwet, Kim Route)");
        page.getByLabel("Omschrijving (niet verplicht)").fill("Verwijzing van de huisarts naar jeugdhulp");
        page.getByLabel("Het gezin mag dit document zien in het portaal").check();
        upload("verwijsbrief.pdf", "application/pdf", TestDocuments.pdf("Verwijsbrief van de huisarts"));
        assertThat(page.getByText("Document verwijsbrief.pdf is opgeslagen.")).isVisible();
        Locator card = page.locator(".document-card").first();
        assertThat(card).containsText("Verwijsbrief");
        assertThat(card).containsText("Toegevoegd door Anna de Vries op ");
        assertThat(card).containsText("Het gezin ziet dit document");
        assertNoAxeViolations("consultant");
        screenshot("documents-consultant");

        // the preview: the browser gets the PDF itself, to show in a tab of its own
        Locator view = card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("verwijsbrief.pdf bekijken"));
        assertThat(view).hasAttribute("target", "_blank");
        APIResponse preview = page.request().get(url(view.getAttribute("href")));
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.headers().get("content-type")).startsWith("application/pdf");
        assertThat(preview.headers().get("content-disposition")).startsWith("inline");
        assertThat(new String(preview.body(), 0, 5)).isEqualTo("%PDF-");

        onPhone();
        login(parent, TestMembers.PASSWORD);
        assertThat(heading("Gezin Route")).isVisible();
        page.locator("vaadin-drawer-toggle").click();
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Documenten")).click();
        assertThat(heading("Documenten")).isVisible();
        assertThat(page.locator(".document-card")).hasCount(1);
        assertThat(page.locator(".document-card").first()).containsText("verwijsbrief.pdf");
        assertThat(page.locator(".document-card").first()).containsText("Verwijzing van de huisarts naar jeugdhulp");
        choose("Soort document", "Toestemmingsformulier");
        upload("toestemming.jpg", "image/png", TestDocuments.png());
        assertThat(page.getByText("Document toestemming.jpg is opgeslagen.")).isVisible();
        assertThat(page.locator(".document-card")).hasCount(2);
        assertThat(((Number) page.evaluate(CONTENT + ".scrollWidth")).intValue())
                .as("the content's width on a phone").isLessThanOrEqualTo(375);
        assertNoAxeViolations("family");
        screenshot("documents-portal-phone");

        onDesktop();
        login("anna");
        assertThat(heading("Mijn werk")).isVisible();
        page.navigate(url("gezinnen/" + familyId));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Documenten")).click();
        Locator fromFamily = page.locator(".document-card").first();
        assertThat(fromFamily).containsText("toestemming.jpg");
        assertThat(fromFamily).containsText("Toestemmingsformulier");
        assertThat(fromFamily).containsText("Toegevoegd door Sam Route op ");
    }

    /** Sends the file through the upload's own file input, as choosing it in the file dialog would. */
    private void upload(String name, String mimeType, byte[] content) {
        page.locator("#document-upload input[type=file]").setInputFiles(new FilePayload(name, mimeType, content));
    }

    private void assertNoAxeViolations(String who) {
        assertThat(axeViolations())
                .as("axe-core on the documents of the " + who)
                .extracting(rule -> rule.getId() + " " + rule.getNodes().stream().map(node -> node.getHtml())
                        .toList()).isEmpty();
    }
}
