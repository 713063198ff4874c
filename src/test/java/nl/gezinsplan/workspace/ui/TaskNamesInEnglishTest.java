package nl.gezinsplan.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.workflow.TestRoutes;
import nl.gezinsplan.workflow.TestTasks;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** In English a task is named in English wherever it shows, though the routes' models name it in Dutch. */
class TaskNamesInEnglishTest extends ViewTest {

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    TestTasks testTasks;

    @Autowired
    TestRoutes routes;

    @Autowired
    UserDetailsService users;

    @Test
    void theTaskScreenIsTitledInEnglish() {
        Family family = testFamilies.registeredBy("anna", "Titel");
        String talk = testTasks.perspectiveTalk(family.getId(), testFamilies.firstMemberOf(family),
                EngineDates.today().minusYears(17));

        openInEnglishAs("anna", "taak/" + talk);

        assertThat(_get(H1.class).getText()).isEqualTo("Hold the perspective talk");
    }

    @Test
    void aRequestsStepOnTheFamilyPageIsInEnglish() {
        Request request = routes.consented(Law.JEUGDWET);

        openInEnglishAs(TestCases.consultantOf(Law.JEUGDWET), "gezinnen/" + request.getFamilyId());

        TabSheet sections = _get(TabSheet.class);
        IntStream.range(0, sections.getTabCount()).mapToObj(sections::getTabAt)
                .filter(tab -> tab.getLabel().equals("Requests")).findFirst().ifPresent(sections::setSelectedTab);

        assertThat(linksInGrids()).contains("Propose a provision").doesNotContain("Voorziening voorstellen");
    }

    @Test
    void theTeamOverviewNamesTasksInEnglish() {
        Family family = testFamilies.registeredBy("anna", "Overzicht Engels");
        String review = testTasks.review("bram", Law.JEUGDWET, family.getId(), testFamilies.firstMemberOf(family));
        testTasks.due(review, EngineDates.today().minusDays(2));

        openInEnglishAs("marieke", "team");

        @SuppressWarnings("unchecked")
        Grid<InboxLine> overdue = _get(Grid.class, spec -> spec.withId("overdue"));
        InboxLine line = GridKt._findAll(overdue).stream()
                .filter(candidate -> candidate.task().taskId().equals(review)).findFirst().orElseThrow();
        assertThat(GridKt._getFormatted(overdue.getColumnByKey("task"), line)).isEqualTo("Four-eyes check");
    }

    /** The texts of the links the grids on the page render in their cells. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<String> linksInGrids() {
        List<String> links = new ArrayList<>();
        for (Grid grid : _find(Grid.class)) {
            for (Object item : GridKt._findAll(grid)) {
                for (Object column : grid.getColumns()) {
                    if (((Grid.Column) column).getRenderer() instanceof ComponentRenderer renderer
                            && renderer.createComponent(item) instanceof RouterLink link) {
                        links.add(link.getText());
                    }
                }
            }
        }
        return links;
    }

    private void openInEnglishAs(String user, String location) {
        SignIn.as(users, user);
        loginAs(user);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(location);
    }
}
