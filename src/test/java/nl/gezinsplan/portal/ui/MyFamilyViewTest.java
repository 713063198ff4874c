package nl.gezinsplan.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.workflow.RequestRoute;
import nl.gezinsplan.workflow.TestRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MyFamilyViewTest extends ViewTest {

    @Autowired
    TestRoutes routes;

    @Autowired
    TestMembers members;

    @Autowired
    RequestRoute route;

    @Test
    void aParentReadsThePlanInPlainWordsAndAgreesToIt() {
        Request request = routes.awaitingConsent(Law.JEUGDWET);
        loginAs(members.portalLogin(members.parentOf(request.getFamilyId())));
        navigate("mijn-gezin");

        assertThat(_get(H1.class).getText()).isEqualTo("Gezin Route");
        assertThat(_find(H3.class)).extracting(H3::getText)
                .contains("Uw contactpersoon", "Weer naar school", "Dit vragen wij van u");

        _click(_get(Button.class, spec -> spec.withText("Ik ben het eens met dit plan")));

        NotificationsKt.expectNotifications("Dank u wel. Uw contactpersoon ziet dat u het eens bent met het plan.");
        assertThat(_find(Button.class, spec -> spec.withText("Ik ben het eens met dit plan"))).isEmpty();
        assertThat(route.openTaskOf(request.getId()).orElseThrow().name()).isEqualTo("Voorziening voorstellen");
    }

    @Test
    void staffCannotOpenThePortal() {
        loginAs("anna");
        navigate("mijn-gezin");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(MyFamilyView.class);
    }
}
