package nl.gezinsplan.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casefile.CaseNotes;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.family.TestMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

class SharedNotesViewTest extends ViewTest {

    @Autowired
    TestCases cases;

    @Autowired
    TestMembers members;

    @Autowired
    CaseNotes notes;

    @Autowired
    UserDetailsService users;

    @Test
    void aParentReadsTheSharedNotesButNotTheYouthsOwn() {
        Request request = requestForAChildOf(17);
        long familyId = request.getFamilyId();
        notes.write(familyId, null, "Het volgende gesprek is op 12 januari.", true);
        notes.write(familyId, null, "Intern: overleg met de school.", false);
        notes.write(familyId, request.getId(), "Voor Kim: de afspraak bij de jeugdarts staat.", true);

        loginAs(members.portalLogin(members.parentOf(familyId)));
        navigate("mijn-gezin/notities");

        assertThat(_get(H1.class).getText()).isEqualTo("Notities van de gemeente");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Notities");
        assertThat(noteTexts()).containsExactly("Het volgende gesprek is op 12 januari.");

        loginAs(members.portalLogin(request.getPersonId()));
        navigate("mijn-gezin/notities");
        assertThat(noteTexts()).containsExactly("Voor Kim: de afspraak bij de jeugdarts staat.",
                "Het volgende gesprek is op 12 januari.");
    }

    @Test
    void withoutSharedNotesThePageSaysSoAndMoreComeAPageAtATime() {
        Request request = requestForAChildOf(10);
        String parent = members.portalLogin(members.parentOf(request.getFamilyId()));
        loginAs(parent);
        navigate("mijn-gezin/notities");
        assertThat(_find(Paragraph.class, spec -> spec.withText("Er zijn nog geen notities met u gedeeld.")))
                .hasSize(1);

        SignIn.as(users, "anna");
        IntStream.rangeClosed(1, SharedNotesView.PAGE + 1)
                .forEach(number -> notes.write(request.getFamilyId(), null, "Bericht " + number, true));
        loginAs(parent);
        navigate("mijn-gezin/notities");
        assertThat(_find(H3.class)).hasSize(SharedNotesView.PAGE);
        _click(_get(Button.class, spec -> spec.withText("Meer tonen")));
        assertThat(noteTexts()).hasSize(SharedNotesView.PAGE + 1).endsWith("Bericht 1");
    }

    private Request requestForAChildOf(int age) {
        Request request = cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now(),
                LocalDate.now().minusYears(age).minusDays(1));
        SignIn.as(users, "anna");
        return request;
    }

    /** A card's lines: the author, then the note. */
    private static List<String> noteTexts() {
        return _find(PortalCard.class, spec -> spec.withClasses("shared-note")).stream()
                .map(card -> _find(card, Paragraph.class).get(1).getText()).toList();
    }
}
