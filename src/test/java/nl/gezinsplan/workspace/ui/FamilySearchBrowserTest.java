package nl.gezinsplan.workspace.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.gezinsplan.BrowserTest;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.TestFamilies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The family search in a real browser, where a search result can arrive after the user has clicked: the click waits
 * in the browser until the slow search answers, and then names the row the user saw, which the server opens.
 */
class FamilySearchBrowserTest extends BrowserTest {

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    DataSource dataSource;

    @Test
    void aSlowResultListArrivingAfterTheClickDoesNotChangeWhichFamilyOpens() throws SQLException {
        Family clickedFamily = testFamilies.registeredBy("anna", "Traagzoeker");
        testFamilies.registeredBy("anna", "Traagzoekers");
        SecurityContextHolder.clearContext();
        login("anna");
        page.navigate(url("gezinnen"));
        Locator search = page.getByRole(AriaRole.TEXTBOX,
                new Page.GetByRoleOptions().setName("Zoek op naam, BSN of geboortedatum (d-m-jjjj)"));
        search.fill("traagzoeker");
        Locator clicked = familyCell("Traagzoeker");
        assertThat(clicked).isVisible();
        assertThat(familyCell("Traagzoekers")).isVisible();

        // the next search waits for the families table, so its result list arrives only after the user's click
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            try (Statement lock = slow.createStatement()) {
                lock.execute("lock table family in access exclusive mode");
            }
            page.waitForRequest(request -> request.postData() != null && request.postData().contains("traagzoekers"),
                    () -> search.pressSequentially("s"));
            clicked.click();
            slow.commit();
        }

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Gezin Traagzoeker")
                .setExact(true))).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/gezinnen/" + clickedFamily.getId() + "$"));
    }

    private Locator familyCell(String name) {
        return page.getByRole(AriaRole.GRIDCELL, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
