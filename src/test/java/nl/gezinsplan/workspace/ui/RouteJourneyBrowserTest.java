package nl.gezinsplan.workspace.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Pattern;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.gezinsplan.BrowserTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.NeeTenzijOutcome;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.FamilyRole;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.plan.Agreement;
import nl.gezinsplan.plan.PlanDraft;
import nl.gezinsplan.plan.Plans;
import nl.gezinsplan.workflow.RequestRoute;
import nl.gezinsplan.workflow.RouteStep;
import nl.gezinsplan.workflow.TestRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The route in a real browser: a consultant takes a request from intake to proposal, the proposer cannot approve
 * it, a colleague does, the decision letter downloads; the manager approves an expensive proposal.
 */
class RouteJourneyBrowserTest extends BrowserTest {

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    Families families;

    @Autowired
    Plans plans;

    @Autowired
    RequestRoute route;

    @Autowired
    TestCases cases;

    @Autowired
    TestRoutes routes;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fromIntakeToTheDecisionLetterWithTheFourEyesOfAColleague() throws IOException {
        Family family = familyWithAnAgreedPlan();
        String productCode = cases.productOf(Law.JEUGDWET).getCode();

        login("anna");
        page.navigate(url("gezinnen/" + family.getId()));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Hulpvragen")).click();
        button("Hulpvraag registreren").click();
        choose("Gezinslid", "Mila Onderweg");
        choose("Wet", "Jeugdwet");
        choose("Melder", "School of leerplicht");
        button("Registreren").click();
        assertThat(page.getByText("De hulpvraag is geregistreerd en staat klaar voor triage.")).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Triage")).click();
        page.getByText("Onderzoek met het gezin (keukentafelgesprek)").click();
        page.getByLabel("Toelichting").fill("Verzuimt school, zorgen thuis");
        button("Afronden").click();
        assertThat(heading("Werkvoorraad")).isVisible();

        openStepOf(family, "Onderzoek en keukentafelgesprek");
        page.getByLabel("Wie waren er bij het gesprek?").fill("Moeder, Mila, consulent");
        page.getByLabel("Wat kan het gezin zelf?").fill("Moeder brengt Mila naar school");
        page.getByLabel("Wat kan het netwerk doen (familie, buren, vrienden)?").fill("Oma haalt Mila op");
        page.getByLabel("Welke algemene voorzieningen kunnen helpen?").fill("Huiswerkklas in de wijk");
        page.getByLabel("Welke hulp is daarnaast nodig?").fill("Jeugdhulp bij schoolverzuim");
        page.getByLabel("Conclusie", new Page.GetByLabelOptions().setExact(true)).fill("Jeugdhulp voor een half jaar");
        button("Onderzoek afgerond").click();
        assertThat(heading("Werkvoorraad")).isVisible();
        openStepOf(family, "Gezinsplan bijwerken");
        button("Plan bijgewerkt").click();
        assertThat(heading("Werkvoorraad")).isVisible();

        openStepOf(family, "Voorziening voorstellen");
        button("Voorziening voorstellen").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Product").fill(productCode);
        page.getByRole(AriaRole.OPTION).first().click();
        choose("Zorgaanbieder", null);
        dialog.getByLabel("Omvang").fill("100");
        dialog.getByLabel("Toegewezen tot en met").fill(LocalDate.now().plusMonths(6).format(
                DateTimeFormatter.ofPattern("d-M-yyyy")));
        dialog.getByLabel("Toegewezen tot en met").press("Enter");
        button("Opslaan").click();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        page.getByLabel("Motivering").fill("Het netwerk kan dit niet opvangen");
        button("Voorstel indienen").click();
        assertThat(heading("Werkvoorraad")).isVisible();

        openStepOf(family, "Nee-tenzijtoets");
        page.getByText("Ja, jeugdhulp is nodig").click();
        button("Afronden").click();
        assertThat(heading("Werkvoorraad")).isVisible();
        long request = jdbc.sql("select id from request where family_id = :familyId")
                .param("familyId", family.getId()).query(Long.class).single();
        SignIn.as(users, "anna");
        RouteStep step = route.openTaskOf(request).orElseThrow();
        assertThat(step.name()).isEqualTo("Vier-ogencontrole");
        String review = step.taskId();
        page.navigate(url("taak/" + review));
        assertThat(heading("Taak niet beschikbaar")).isVisible();
        screenshot("route-own-review-refused");

        logout();
        login("bram");
        page.navigate(url("taak/" + review));
        assertThat(heading("Vier-ogencontrole")).isVisible();
        assertThat(page.getByText("Dit gezin ontvangt nu in totaal")).isVisible();
        button("Akkoord").click();
        assertThat(heading("Werkvoorraad")).isVisible();

        logout();
        login("anna");
        openStepOf(family, "Beschikking opstellen");
        assertThat(page.getByLabel("Motivering")).hasValue(Pattern.compile("hulp op maat nodig"));
        button("Brief bekijken").click();
        assertThat(heading("Zo ziet de beschikking eruit")).isVisible();
        screenshot("route-decision-preview");
        button("Sluiten").click();
        button("Beschikking afgeven").click();
        assertThat(heading("Werkvoorraad")).isVisible();

        page.navigate(url("gezinnen/" + family.getId()));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Beschikkingen")).click();
        Download letter = page.waitForDownload(() -> page.getByText("beschikking-" + request + ".pdf downloaden").click());
        byte[] pdf = Files.readAllBytes(letter.path());
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        screenshot("route-decision-letter");
    }

    @Test
    void theTeamManagerApprovesAnExpensiveProposal() {
        Request request = routes.consented(Law.JEUGDWET);
        cases.propose(request, 30_000, 12, false);
        route.completeProposal(routes.taskOf(request), "Passend bij wat het gezin nodig heeft");
        route.checkNeeTenzij(routes.taskOf(request), NeeTenzijOutcome.YES, List.of(),
                null, null);

        login("marieke");
        page.navigate(url("taak/" + routes.taskOf(request)));
        assertThat(heading("Goedkeuring teammanager")).isVisible();
        assertThat(page.getByText("Budget Jeugdwet:")).isVisible();
        button("Akkoord").click();
        assertThat(heading("Werkvoorraad")).isVisible();

        SignIn.as(users, "anna");
        assertThat(route.openTaskOf(request.getId()).orElseThrow().name()).isEqualTo("Beschikking opstellen");
    }

    private Family familyWithAnAgreedPlan() {
        Family family = testFamilies.registeredBy("anna", "Onderweg");
        families.addPerson(family.getId(), testFamilies.person("Mila", "Onderweg", LocalDate.now().minusYears(11),
                FamilyRole.CHILD));
        SignIn.as(users, "anna");
        PlanDraft plan = PlanDraft.empty();
        plan.agreements().add(Agreement.create("Ouders", "Gaan mee naar het eerste gesprek",
                LocalDate.now().plusWeeks(2)));
        plans.save(family.getId(), plan);
        plans.recordAgreementOnPaper(family.getId());
        return family;
    }

    private void openStepOf(Family family, String step) {
        page.navigate(url("gezinnen/" + family.getId()));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Hulpvragen")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(step)).click();
        assertThat(heading(step)).isVisible();
    }
}
