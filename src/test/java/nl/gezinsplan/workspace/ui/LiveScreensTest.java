package nl.gezinsplan.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.gezinsplan.LiveDelivery.eventually;
import static nl.gezinsplan.LiveDelivery.fromAnotherSession;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.portal.Questions;
import nl.gezinsplan.workflow.TestRoutes;
import nl.gezinsplan.workflow.TestTasks;
import nl.gezinsplan.workflow.dates.EngineDates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Open screens change when someone else changes what they show, without a reload: what a colleague, the route or a
 * family member did in another session arrives here through {@code LiveUpdates}, as the push would bring it.
 */
class LiveScreensTest extends ViewTest {

    private static final AtomicLong YOUTHS = new AtomicLong(System.nanoTime());

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    TestTasks testTasks;

    @Autowired
    TestRoutes routes;

    @Autowired
    TestMembers members;

    @Autowired
    Questions questions;

    @Autowired
    UserDetailsService users;

    @Test
    void theInboxShowsANewTaskForTheTeamAndLosesTheOneAColleagueTook() {
        Family family = testFamilies.registeredBy("anna", "Levend");
        openAs("bram", "werkvoorraad");

        String talk = talkIn(family);
        eventually(() -> taskIds().contains(talk) && inboxBadge().equals(String.valueOf(taskIds().size())));

        fromAnotherSession(() -> testTasks.claimAs("anna", talk));
        eventually(() -> !taskIds().contains(talk));
        eventually(() -> inboxBadge().equals(String.valueOf(taskIds().size())));
    }

    @Test
    void theInboxKeepsTheSelectedTaskWhileItIsStillListed() {
        Family family = testFamilies.registeredBy("anna", "Keuze");
        String kept = testTasks.perspectiveTalk(family.getId(), YOUTHS.incrementAndGet(),
                EngineDates.today().minusYears(17));
        String taken = testTasks.perspectiveTalk(family.getId(), YOUTHS.incrementAndGet(),
                EngineDates.today().minusYears(17));
        openAs("bram", "werkvoorraad");
        inbox().select(lineOf(kept));

        fromAnotherSession(() -> testTasks.claimAs("anna", taken));
        eventually(() -> !taskIds().contains(taken));
        assertThat(inbox().asSingleSelect().getValue().task().taskId()).isEqualTo(kept);

        fromAnotherSession(() -> testTasks.claimAs("anna", kept));
        eventually(() -> inbox().asSingleSelect().isEmpty());
    }

    @Test
    void theFamilyPageAndTheQuestionsBadgeShowAParentsNewQuestion() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        long familyId = request.getFamilyId();
        String parent = members.portalLogin(members.parentOf(familyId));
        openAs("anna", "gezinnen/" + familyId);
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Vragen van het gezin")));
        String before = badge("vragen");

        SignIn.as(users, parent);
        fromAnotherSession(() -> questions.send("Komt de begeleider ook in de vakantie?"));
        SignIn.as(users, "anna");

        eventually(() -> pageText().contains("Komt de begeleider ook in de vakantie?"));
        assertThat(_get(TabSheet.class).getSelectedTab().getLabel()).as("on the same tab")
                .isEqualTo("Vragen van het gezin");
        eventually(() -> !badge("vragen").equals(before));
    }

    @Test
    void thePortalShowsTheAnswerAndKeepsWhatTheParentIsTyping() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        long parentId = members.parentOf(request.getFamilyId());
        String parent = members.portalLogin(parentId);
        SignIn.as(users, parent);
        questions.send("Mag mijn zus mee naar het gesprek?");
        openAs(parent, "mijn-gezin/vragen");

        answerAsAnna(parentId, "Ja, dat is goed.");
        eventually(() -> pageText().contains("Ja, dat is goed."));

        TextArea text = _get(TextArea.class);
        _setValue(text, "Nog een vraag over");
        ElementUtilsKt._fireDomEvent(text.getParent().orElseThrow().getElement(),
                new DomEvent(text.getParent().orElseThrow().getElement(), "input", Json.createObject()));
        answerAsAnna(parentId, "En neem gerust iemand mee.");
        eventually(() -> pageText().contains("Iemand heeft hier iets gewijzigd."));
        assertThat(_get(TextArea.class).getValue()).isEqualTo("Nog een vraag over");
        assertThat(pageText()).doesNotContain("En neem gerust iemand mee.");

        _click(_get(Button.class, spec -> spec.withText("Versturen")));
        answerAsAnna(parentId, "Tot dan.");
        eventually(() -> pageText().contains("Tot dan."));
        assertThat(pageText()).as("what was typed is sent").doesNotContain("Iemand heeft hier iets gewijzigd.");
    }

    private void answerAsAnna(long parentId, String answer) {
        String me = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication()
                .getName();
        SignIn.as(users, "anna");
        fromAnotherSession(() -> questions.answer(parentId, answer));
        SignIn.as(users, me);
    }

    /** A perspective talk for the family's team, as its route starts it in another session. */
    private String talkIn(Family family) {
        String[] talk = new String[1];
        fromAnotherSession(() -> talk[0] = testTasks.perspectiveTalk(family.getId(), YOUTHS.incrementAndGet(),
                EngineDates.today().minusYears(17)));
        return talk[0];
    }

    private void openAs(String user, String location) {
        SignIn.as(users, user);
        loginAs(user);
        navigate(location);
    }

    /** The texts of every component on the screen. */
    private static String pageText() {
        return _find(Component.class).stream().map(component -> component.getElement().getText())
                .collect(Collectors.joining(" "));
    }

    private static String inboxBadge() {
        String text = badge("werkvoorraad");
        return text.isEmpty() ? "0" : text;
    }

    private static String badge(String path) {
        return _find(SideNavItem.class).stream().filter(item -> path.equals(item.getPath())).findFirst().orElseThrow()
                .getSuffixComponent().getElement().getText();
    }

    private List<String> taskIds() {
        return GridKt._findAll(inbox()).stream().map(line -> line.task().taskId()).toList();
    }

    private InboxLine lineOf(String taskId) {
        return GridKt._findAll(inbox()).stream().filter(line -> line.task().taskId().equals(taskId)).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<InboxLine> inbox() {
        return _get(Grid.class, spec -> spec.withId("inbox"));
    }
}
