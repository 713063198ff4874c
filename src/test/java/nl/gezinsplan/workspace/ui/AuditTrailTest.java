package nl.gezinsplan.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.security.AuditEvent;
import nl.gezinsplan.workflow.TestRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** What the audit trail holds of a page view and of refused tasks and pages, and how a manager reads it. */
class AuditTrailTest extends ViewTest {

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    TestMembers members;

    @Autowired
    TestCases cases;

    @Autowired
    TestRoutes routes;

    @Autowired
    Families families;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFamilyPageViewIsOneReadListingWhatItShowedAndEachTabOpenedAnother() {
        Family family = testFamilies.registeredBy("anna", "Eenmaal");
        loginAs("anna");

        navigate("gezinnen/" + family.getId());

        List<String> reads = rows(family.getId(), "anna", "READ");
        assertThat(reads).hasSize(1);
        assertThat(reads.get(0)).startsWith(AuditEvent.PAGE_VIEW + " ").contains("audit.family.read",
                "audit.plan.read").doesNotContain("audit.requests.read", "audit.notes.read");

        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Hulpvragen")));
        MockVaadin.clientRoundtrip();

        reads = rows(family.getId(), "anna", "READ");
        assertThat(reads).hasSize(2);
        assertThat(reads.get(1)).startsWith(AuditEvent.PAGE_VIEW + " ").contains("audit.requests.read")
                .doesNotContain("audit.plan.read");
    }

    @Test
    void aRefusedFamilyPageIsARefusalAndNoRead() {
        Family family = testFamilies.registeredBy("anna", "Dicht");
        loginAs("daan");

        navigate("gezinnen/" + family.getId());

        assertThat(rows(family.getId(), "daan", "READ")).isEmpty();
        assertThat(rows(family.getId(), "daan", "DENIED")).hasSize(1);
    }

    @Test
    void aTabOpenedAfterAccessWasLostSaysSoAndIsARefusal() {
        Family family = testFamilies.registeredBy("anna", "Verloren");
        loginAs("anna");
        navigate("gezinnen/" + family.getId());

        // the family is handed over while the page is open
        jdbc.sql("update contact_person set ended_at = now() where family_id = :id and ended_at is null")
                .param("id", family.getId()).update();
        jdbc.sql("delete from family_team where family_id = :id").param("id", family.getId()).update();
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Notities")));
        MockVaadin.clientRoundtrip();

        _get(Paragraph.class, spec -> spec.withText("U heeft geen toegang tot dit gezin. Deze poging is vastgelegd."
                + " Hoort u wel toegang te hebben, vraag dan de contactpersoon of uw teammanager."));
        assertThat(rows(family.getId(), "anna", "DENIED")).hasSize(1);
    }

    @Test
    void aPortalPageIsOneRead() {
        long familyId = testFamilies.registeredBy("anna", "Portaal").getId();
        String parent = members.portalLogin(members.parentOf(familyId));
        loginAs(parent);

        navigate("mijn-gezin");

        assertThat(rows(familyId, parent, "READ")).singleElement().satisfies(read -> assertThat(read)
                .contains("audit.family.read", "audit.plan.read", "audit.provisions.read", "audit.meetings.read"));
    }

    @Test
    void anotherTeamsTaskAndAnotherRolesPageAreRefusedAndRecorded() {
        Request wmo = cases.request(Law.WMO, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        String task = routes.taskOf(wmo);
        loginAs("anna");

        navigate("taak/" + task);
        navigate("beheer/gebruikers");
        navigate("no-such-page-at-all");

        assertThat(refusals("anna")).anyMatch(refusal -> refusal.startsWith("audit.task.refused")
                        && refusal.endsWith("(" + task + ")"))
                .contains("audit.page.refused /beheer/gebruikers")
                .noneMatch(refusal -> refusal.contains("no-such-page"));
    }

    @Test
    void theManagerReadsNamesOfPeopleAndOfTheFamiliesSheMayOpenAndNumbersOfOthers() {
        Family mine = testFamilies.registeredBy("anna", "Leesbaar");
        Family other = testFamilies.registeredBy("daan", "Onleesbaar");
        SignIn.as(users, "anna");
        families.open(mine.getId());
        try {
            families.open(other.getId());
        } catch (AccessDeniedException expected) {
            // anna's refusal shows on the trail of her manager, who may not open that family either
        }
        loginAs("anna");
        navigate("beheer/gebruikers");

        loginAs("marieke");
        navigate("inzagelog");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Gebruiker")), "anna");

        @SuppressWarnings("unchecked")
        Grid<AuditEvent> trail = _get(Grid.class);
        List<String> shown = GridKt._fetch(trail, 0, trail.getPageSize()).stream()
                .map(event -> GridKt._getFormattedRow(trail, event).toString()).toList();
        assertThat(shown).anySatisfy(row -> assertThat(row).contains("Anna de Vries (anna)", "Leesbaar (" + mine.getId() + ")"));
        assertThat(shown).anySatisfy(row -> assertThat(row).contains(String.valueOf(other.getId()), "Geweigerd")
                .doesNotContain("Onleesbaar"));
        assertThat(shown).anySatisfy(row -> assertThat(row).contains("Pagina /beheer/gebruikers geweigerd"));
    }

    /** Subject and detail of each row of the actor on the family with this action. */
    private List<String> rows(long familyId, String actor, String action) {
        return jdbc.sql("select subject || ' ' || coalesce(detail, '') from audit_event"
                        + " where family_id = :familyId and actor = :actor and action = :action order by id")
                .param("familyId", familyId).param("actor", actor).param("action", action)
                .query(String.class).list();
    }

    private List<String> refusals(String actor) {
        return jdbc.sql("select subject || coalesce(' ' || detail, '') from audit_event"
                        + " where family_id is null and actor = :actor and action = 'DENIED'")
                .param("actor", actor).query(String.class).list();
    }
}
