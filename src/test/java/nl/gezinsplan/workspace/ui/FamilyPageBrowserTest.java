package nl.gezinsplan.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import nl.gezinsplan.BrowserTest;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.FamilyRole;
import nl.gezinsplan.family.TestFamilies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The family page at 1440 × 900: the header is compact, so the tabs and the start of their content are in view; a tab
 * opened later shows its content.
 */
class FamilyPageBrowserTest extends BrowserTest {

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    Families families;

    @Test
    void theTabsOfAFamilyOfFourStartInTheUpperHalfOfTheScreen() {
        Family family = testFamilies.registeredBy("anna", "Bovenaan");
        families.addPerson(family.getId(),
                testFamilies.person("Eva", "Bovenaan", LocalDate.of(1987, 5, 2), FamilyRole.PARENT));
        families.addPerson(family.getId(),
                testFamilies.person("Noor", "Bovenaan", LocalDate.of(2012, 7, 9), FamilyRole.CHILD));
        families.addPerson(family.getId(),
                testFamilies.person("Mees", "Bovenaan", LocalDate.of(2019, 2, 1), FamilyRole.CHILD));
        SecurityContextHolder.clearContext();
        page.setViewportSize(1440, 900);

        login("anna");
        page.navigate(url("gezinnen/" + family.getId()));
        var tab = page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Gezinsplan"));
        tab.waitFor();
        screenshot("family-page-1440");

        var box = tab.boundingBox();
        assertThat(box.y + box.height).as("bottom of the tabs, in px from the top").isLessThan(450);

        // a tab is built when first opened: its content arrives with the click
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Notities")).click();
        page.getByText("Er zijn nog geen notities.").waitFor();
        screenshot("family-page-notes-tab");
    }
}
