package nl.gezinsplan.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.Law;

import nl.gezinsplan.casework.Provision;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.RequestSteps;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.TriageOutcome;
import nl.gezinsplan.casework.TriageReason;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.casework.ui.RequestsPanel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The family page: a request opens with its history, and the timeline says what changed. */
class FamilyPageTest extends ViewTest {

    @Autowired
    TestCases testCases;

    @Autowired
    RequestSteps steps;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRequestRowOpensTheRequestWithItsHistory() {
        Request request = proposed();
        loginAs(TestCases.consultantOf(Law.JEUGDWET));
        UI.getCurrent().navigate(FamilyView.class, request.getFamilyId());

        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Hulpvragen")));
        @SuppressWarnings("unchecked")
        Grid<Request> grid = _get(_get(RequestsPanel.class), Grid.class);
        GridKt._clickItem(grid, 0);

        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Hulpvraag " + request.getId() + " \u2013 Kim Route");
        assertThat(_find(dialog, ListItem.class)).extracting(ListItem::getText).contains(
                "Triage: onderzoek met het gezin")
                .anyMatch(line -> line.endsWith(": Gemeld"))
                .anyMatch(line -> line.endsWith(": Voorstel ingediend"))
                .anyMatch(line -> line.contains(" voor Kim Route: Voorgesteld"));
    }

    @Test
    void theTimelineSaysWhatChangedAndWhetherAProvisionWasProposedOrGranted() {
        Request request = proposed();
        String product = jdbc.sql("select p.name from provision v join product p on p.id = v.product_id"
                + " where v.request_id = :id").param("id", request.getId()).query(String.class).single();
        steps.grant(request.getId());
        loginAs(TestCases.consultantOf(Law.JEUGDWET));
        UI.getCurrent().navigate(FamilyView.class, request.getFamilyId());

        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Tijdlijn")));
        @SuppressWarnings("unchecked")
        Grid<?> timeline = _get(Grid.class, spec -> spec.withId("timeline"));
        List<String> what = IntStream.range(0, GridKt._size(timeline))
                .mapToObj(row -> GridKt._getFormattedRow(timeline, row).get(1)).toList();
        assertThat(what).contains("Hulpvraag " + request.getId() + ": triage vastgelegd",
                        "Hulpvraag " + request.getId() + ": voorstel ingediend",
                        "Voorziening " + product + " voorgesteld", "Voorziening " + product + " toegewezen")
                .doesNotContain("Hulpvraag bijgewerkt");
    }

    /** A request past triage with one provision proposed; the consultant of the youth team stays signed in. */
    private Request proposed() {
        Request request = testCases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        steps.recordTriage(request.getId(), TriageOutcome.RESEARCH, Set.of(TriageReason.PARENTING), null);
        Provision provision = testCases.propose(request, 1200, 6, false);
        assertThat(provision.getId()).isNotNull();
        steps.propose(request.getId(), "Past bij wat het gezin nodig heeft");
        return request;
    }
}
