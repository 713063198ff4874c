package nl.gezinsplan.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.gezinsplan.LiveDelivery;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.GrantedCare;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.portal.Questions;
import nl.gezinsplan.portal.TestCare;
import nl.gezinsplan.workflow.TestRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** "Nieuw voor u" on the portal's home page: each item shows until the member has seen it, and it follows changes live. */
class MyFamilyViewWhatIsNewTest extends ViewTest {

    @Autowired
    Questions questions;


    @Autowired
    UserDetailsService users;

    @Autowired
    TestRoutes routes;

    @Autowired
    TestCare testCare;

    @Autowired
    TestMembers members;

    @Test
    void aPlanWaitingForAgreementIsAgreedFromTheCardAndThenThereIsNothingNew() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        loginAs(members.portalLogin(members.parentOf(request.getFamilyId())));
        navigate("mijn-gezin");

        assertThat(lines()).containsExactly(
                "Er is een nieuw plan voor uw gezin. Lees het plan hieronder. Bent u het ermee eens? Zeg het ons hier of"
                        + " onder het plan. Daar kunt u ook zeggen dat u het niet eens bent, of een vraag stellen.");
        _click(_get(card(), Button.class, spec -> spec.withText("Ik ben het eens met dit plan")));

        assertThat(lines()).containsExactly("Er is niets nieuws voor u.");
    }

    @Test
    void anAnswerShowsWithALinkUntilTheMemberReadsIt() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        long parentId = members.parentOf(request.getFamilyId());
        String parent = members.portalLogin(parentId);
        SignIn.as(users, parent);
        questions.send("Wanneer is het volgende gesprek?");
        SignIn.as(users, "anna");
        questions.answer(parentId, "Dinsdag om tien uur.");
        questions.answer(parentId, "Op school.");

        loginAs(parent);
        navigate("mijn-gezin");
        assertThat(lines()).contains("U heeft 2 nieuwe antwoorden van uw contactpersoon.");
        RouterLink read = _get(card(), RouterLink.class, spec -> spec.withText("Lees de antwoorden"));
        assertThat(read.getHref()).isEqualTo("mijn-gezin/vragen");

        navigate("mijn-gezin/vragen");
        navigate("mijn-gezin");
        assertThat(lines()).noneMatch(line -> line.contains("antwoord"));
    }

    @Test
    void aNewLetterShowsUntilTheMemberSawTheLetters() {
        GrantedCare care = testCare.granted(Law.JEUGDWET, LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(5));
        loginAs(members.portalLogin(members.parentOf(care.familyId())));
        navigate("mijn-gezin");
        assertThat(lines()).contains("Er is 1 nieuwe brief voor u.");
        assertThat(_get(card(), RouterLink.class, spec -> spec.withText("Bekijk de brieven")).getHref())
                .isEqualTo("mijn-gezin/hulp");

        navigate("mijn-gezin/hulp");
        navigate("mijn-gezin");
        assertThat(lines()).noneMatch(line -> line.contains("brief"));
    }

    @Test
    void aYouthOfSixteenSeesTheirOwnLetterAndTheirParentDoesNot() {
        GrantedCare care = testCare.granted(Law.JEUGDWET, LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(5),
                LocalDate.now().minusYears(16).minusDays(3));
        loginAs(members.portalLogin(members.parentOf(care.familyId())));
        navigate("mijn-gezin");
        assertThat(lines()).noneMatch(line -> line.contains("brief"));

        loginAs(members.portalLogin(care.personId()));
        navigate("mijn-gezin");
        assertThat(lines()).containsExactly("Er is 1 nieuwe brief voor u.");
        assertThat(_find(card(), Button.class)).isEmpty();
    }

    @Test
    void anAnswerAppearsWhileThePageIsOpenAndWhatTheMemberTypesStays() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        long familyId = request.getFamilyId();
        long parentId = members.parentOf(familyId);
        String parent = members.portalLogin(parentId);
        SignIn.as(users, parent);
        questions.send("Wanneer is het volgende gesprek?");
        loginAs(parent);
        navigate("mijn-gezin");
        PortalCard below = _get(PortalCard.class, spec -> spec.withClasses("portal-plan-react"));
        _click(_get(below, Button.class, spec -> spec.withText("Ik heb een vraag over het plan")));
        var typing = _get(below, com.vaadin.flow.component.textfield.TextArea.class);
        typing.setValue("Wie praat er met school?");

        SignIn.as(users, "anna");
        LiveDelivery.fromAnotherSession(() -> questions.answer(parentId, "Dinsdag om tien uur."));
        SignIn.as(users, parent);

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!lines().contains("U heeft 1 nieuw antwoord van uw contactpersoon.")) {
            assertThat(System.nanoTime()).as("the card shows the answer without a reload").isLessThan(deadline);
            Thread.onSpinWait();
            MockVaadin.clientRoundtrip();
        }
        assertThat(typing.isAttached()).isTrue();
        assertThat(typing.getValue()).isEqualTo("Wie praat er met school?");
    }

    private static PortalCard card() {
        return _get(PortalCard.class, spec -> spec.withClasses("portal-news"));
    }

    private static List<String> lines() {
        return _find(card(), Paragraph.class).stream().map(Paragraph::getText).toList();
    }
}
