package nl.gezinsplan.workspace.ui.task;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import nl.gezinsplan.BrowserTest;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.workflow.TestRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every task shows its case, in a real browser: the manager approving residential care sees who proposed it and why. */
class TaskCaseBrowserTest extends BrowserTest {

    @Autowired
    TestRoutes routes;

    @Test
    void aManagerApprovingResidentialCareSeesTheProposersMotivationAndThePanelsOutcome() {
        Request request = routes.atManagerApprovalAfterThePanel();
        String task = "taak/" + routes.taskOf(request);

        onPhone();
        login("marieke");
        page.navigate(url(task));
        assertThat(heading("Goedkeuring teammanager")).isVisible();
        assertThat(page.getByText("Motivering: Thuis is niet veilig genoeg")).isVisible();
        screenshot("task-case-manager-375");

        onDesktop();
        login("marieke");
        page.navigate(url(task));
        assertThat(heading("Hulpvraag " + request.getId())).isVisible();
        assertThat(page.getByText("Melder: Gezin zelf")).isVisible();
        assertThat(page.getByText("Anna de Vries").first()).isVisible();
        assertThat(page.getByText("Motivering: Thuis is niet veilig genoeg")).isVisible();
        assertThat(page.getByText("Vraag aan het panel: Is verblijf nodig?")).isVisible();
        assertThat(page.getByText("Uitkomst panel: ja, jeugdhulp is nodig")).isVisible();
        screenshot("task-case-manager");

        button("Akkoord").click();
        assertThat(heading("Werkvoorraad")).isVisible();
    }
}
