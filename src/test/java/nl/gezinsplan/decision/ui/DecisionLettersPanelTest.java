package nl.gezinsplan.decision.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.gezinsplan.decision.TestLetters.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.gezinsplan.Downloads;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.casework.RefusalReason;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.decision.DecisionLetterSummary;
import nl.gezinsplan.decision.TestLetters;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.TestFamilies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DecisionLettersPanelTest extends ViewTest {

    @Autowired
    TestLetters testLetters;

    @Autowired
    TestFamilies testFamilies;

    @Test
    @SuppressWarnings("unchecked")
    void theFamilyPageListsTheLetterAndItsLinkServesThePdf() {
        Request request = testLetters.refused(List.of(RefusalReason.NETWORK_SUFFICES), "Steun van de buren");
        loginAs("anna");

        navigate("gezinnen/" + request.getFamilyId());
        openLettersTab();

        Grid<DecisionLetterSummary> grid = _get(Grid.class, spec -> spec.withId("decision-letters"));
        assertThat(GridKt._size(grid)).isOne();
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Afwijzing", "Jeugdwet", "Kim Route");

        String fileName = "beschikking-" + request.getId() + ".pdf";
        Anchor link = (Anchor) GridKt._getCellComponent(grid, 0, "letter");
        assertThat(link.getText()).isEqualTo(fileName + " downloaden");
        // Karibu renders a grid cell detached; the browser's grid attaches it, which registers the link's handler
        UI.getCurrent().add(link);
        FakeResponse response = Downloads.fetch(link);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment", fileName);
        assertThat(textOf(response.getBuffer().toByteArray())).contains("Afwijzing van uw aanvraag", "Steun van de buren");
    }

    @Test
    void aRefusedDownloadShowsAPageThatSaysSoNotABare403() {
        Request request = testLetters.refused(List.of(RefusalReason.NETWORK_SUFFICES), "Steun van de buren");
        loginAs("anna");
        navigate("gezinnen/" + request.getFamilyId());
        openLettersTab();
        Anchor link = (Anchor) GridKt._getCellComponent(_get(Grid.class, spec -> spec.withId("decision-letters")), 0,
                "letter");
        UI.getCurrent().add(link);
        assertThat(link.isDownload()).as("a download attribute would hide the page behind a failed download").isFalse();

        loginAs("daan");
        FakeResponse response = Downloads.fetch(link);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getHeader("Content-Disposition")).isNull();
        assertThat(response.getBuffer().toString(StandardCharsets.UTF_8))
                .contains("<html lang=\"nl\"", "U mag dit bestand niet openen", "Terug naar de vorige pagina");
    }

    @Test
    void aFamilyWithoutDecisionsSaysSo() {
        loginAs("anna");
        Family family = testFamilies.register("Zonder");

        navigate("gezinnen/" + family.getId());
        openLettersTab();

        assertThat(_get(_get(TabSheet.class), Paragraph.class).getText())
                .isEqualTo("Er zijn nog geen beschikkingen voor dit gezin.");
    }

    private static void openLettersTab() {
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Beschikkingen")));
    }
}
