package nl.gezinsplan.workspace.ui.term;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.TermChanges;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.ui.RequestsPanel;
import nl.gezinsplan.casework.ui.Formats;
import nl.gezinsplan.workflow.RequestRoute;
import nl.gezinsplan.workflow.TermClock;
import nl.gezinsplan.workflow.TestRoutes;
import nl.gezinsplan.workspace.ui.FamilyView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The law's clock on screen: Opschorten, Hervatten and Verdagen on the request and beside its task. */
class TermScreensTest extends ViewTest {

    @Autowired
    TestRoutes routes;

    @Autowired
    RequestRoute route;

    @Autowired
    TermChanges changes;

    @Autowired
    TermClock termClock;

    LocalDate today = LocalDate.now();

    @Test
    void theConsultantSuspendsAndResumesTheTermOnTheRequest() {
        Request request = routes.inResearch(Law.WMO);
        loginAs(TestCases.consultantOf(Law.WMO));
        openRequest(request);
        TermPanel panel = _get(TermPanel.class);
        assertThat(_get(panel, Paragraph.class).getText()).startsWith("De termijn loopt.");

        _click(_get(panel, Button.class, spec -> spec.withText("Opschorten")));
        SuspendDialog dialog = _get(SuspendDialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Reden")), "Verslag van de school nodig");
        _click(_get(dialog, Button.class, spec -> spec.withText("Opschorten")));
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withClasses("form-error")).getText())
                .isEqualTo("Schrijf wat u aan het gezin vraagt.");
        assertThat(_get(dialog, TextField.class, spec -> spec.withLabel("Reden")).getValue())
                .as("kept").isEqualTo("Verslag van de school nodig");
        _setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("Wat vraagt u aan het gezin?")),
                "Het verslag van de school.");
        _setValue(_get(dialog, DatePicker.class), today.plusDays(10));
        _click(_get(dialog, Button.class, spec -> spec.withText("Opschorten")));

        NotificationsKt.expectNotifications("De termijn is opgeschort.");
        assertThat(_get(panel, Paragraph.class, spec -> spec.withClasses("term-status")).getText()).isEqualTo(
                "Opgeschort tot " + Formats.date(today.plusDays(10), UI.getCurrent().getLocale())
                        + ". Gevraagd aan het gezin: Het verslag van de school. Reden: Verslag van de school nodig");
        assertThat(_find(panel, Button.class, spec -> spec.withText("Opschorten"))).isEmpty();

        _click(_get(panel, Button.class, spec -> spec.withText("Hervatten")));
        NotificationsKt.expectNotifications(
                "De termijn loopt weer. De datums zijn verschoven met de dagen dat hij stillag.");
        assertThat(changes.running(request.getId())).isEmpty();
        assertThat(_get(panel, Button.class, spec -> spec.withText("Opschorten"))).isNotNull();
    }

    @Test
    void theConsultantExtendsTheTermOnceBesideTheTaskAndTheLetterIsThere() {
        Request request = routes.inResearch(Law.WMO);
        loginAs(TestCases.consultantOf(Law.WMO));
        navigate("taak/" + route.openTaskOf(request.getId()).orElseThrow().taskId());
        TermPanel panel = _get(TermPanel.class);

        _click(_get(panel, Button.class, spec -> spec.withText("Verdagen")));
        ExtendDialog dialog = _get(ExtendDialog.class);
        assertThat(_get(dialog, Paragraph.class).getText()).startsWith("De termijn eindigt op "
                + Formats.date(today.plusWeeks(6), UI.getCurrent().getLocale()));
        _click(_get(dialog, Button.class, spec -> spec.withText("Verdagen")));
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withClasses("form-error")).getText())
                .isEqualTo("Schrijf waarom de beslissing later komt. Het gezin leest dit in de brief.");
        _setValue(_get(dialog, TextArea.class), "Wij wachten op het advies van de ergotherapeut.");
        _setValue(_get(dialog, DatePicker.class), today.plusWeeks(9));
        _click(_get(dialog, Button.class, spec -> spec.withText("Verdagen")));

        NotificationsKt.expectNotifications("De termijn is verdaagd. De brief staat klaar voor het gezin.");
        assertThat(_get(panel, Paragraph.class, spec -> spec.withClasses("term-status")).getText()).isEqualTo(
                "Verdaagd tot " + Formats.date(today.plusWeeks(9), UI.getCurrent().getLocale())
                        + ". Reden: Wij wachten op het advies van de ergotherapeut.");
        assertThat(_get(panel, Anchor.class).getText()).isEqualTo("Brief aan het gezin (pdf)");
        assertThat(_find(panel, Button.class, spec -> spec.withText("Verdagen"))).as("once").isEmpty();
    }

    @Test
    void aManagerSeesTheSuspendedTermButNoActions() {
        Request request = routes.inResearch(Law.JEUGDWET);
        termClock.suspend(request.getId(), "Verslag nodig", "Het verslag van de school.", today.plusDays(7));
        loginAs("marieke");
        openRequest(request);

        TermPanel panel = _get(TermPanel.class);
        assertThat(_get(panel, Paragraph.class, spec -> spec.withClasses("term-status")).getText())
                .startsWith("Opgeschort tot ");
        assertThat(_find(panel, Button.class)).isEmpty();
    }

    private void openRequest(Request request) {
        UI.getCurrent().navigate(FamilyView.class, request.getFamilyId());
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Hulpvragen")));
        @SuppressWarnings("unchecked")
        Grid<Request> grid = _get(_get(RequestsPanel.class), Grid.class);
        GridKt._clickItem(grid, 0);
    }
}
