package nl.gezinsplan.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.RequestStatus;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.workflow.RequestRoute;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The family sees its requests in the portal and withdraws an open one after confirming it; the route ends. */
class MyRequestsViewTest extends ViewTest {

    @Autowired
    TestCases cases;

    @Autowired
    Requests requests;

    @Autowired
    RequestRoute route;

    @Autowired
    TestMembers members;

    @Autowired
    UserDetailsService users;

    @Test
    void aParentWithdrawsARequestAfterConfirming() {
        Request request = cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        loginAs(members.portalLogin(members.parentOf(request.getFamilyId())));
        navigate("mijn-gezin/aanvragen");

        assertThat(_get(H1.class).getText()).isEqualTo("Aanvragen");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("Voor Kim Route", "Hulpvraag", "Stand: Lopend");

        _click(_get(Button.class, spec -> spec.withText("Aanvraag intrekken")));
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("Aanvraag intrekken?");
        _click(_get(Button.class, spec -> spec.withText("Ja, intrekken")));

        NotificationsKt.expectNotifications("Uw aanvraag is ingetrokken.");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("Stand: Ingetrokken");
        _assertNone(Button.class, spec -> spec.withText("Aanvraag intrekken"));
        SignIn.as(users, "anna");
        Request withdrawn = requests.get(request.getId());
        assertThat(withdrawn.getStatus()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(withdrawn.isWithdrawnInPortal()).isTrue();
        assertThat(route.openTaskOf(request.getId())).isEmpty();
    }

    @Test
    void aRequestClosedMeanwhileIsRefusedOnScreen() {
        Request request = cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now());
        String parent = members.portalLogin(members.parentOf(request.getFamilyId()));
        loginAs(parent);
        navigate("mijn-gezin/aanvragen");
        _click(_get(Button.class, spec -> spec.withText("Aanvraag intrekken")));

        SignIn.as(users, "anna");
        route.closeWithoutDecision(request.getId(), "Verhuisd");
        loginAs(parent);
        _click(_get(Button.class, spec -> spec.withText("Ja, intrekken")));

        NotificationsKt.expectNotifications("Deze hulpvraag is al afgesloten.");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("Stand: Gesloten zonder besluit");
    }
}
