package nl.gezinsplan.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.ui.LoginView;
import nl.gezinsplan.security.SignedInAccountCheck;
import org.junit.jupiter.api.Test;

/** The login page after a session was ended because the account changed says why, once. */
class SignedOutNoticeTest extends ViewTest {

    @Test
    void theLoginPageSaysTheAccountWasDeactivated() {
        VaadinSession.getCurrent().getSession().setAttribute(SignedInAccountCheck.REASON, "security.session.deactivated");

        navigate("werk");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        NotificationsKt.expectNotifications(
                "Uw account is gedeactiveerd. Neem contact op met de beheerder als dat niet klopt.");
        navigate("");
        NotificationsKt.expectNoNotifications();
    }
}
