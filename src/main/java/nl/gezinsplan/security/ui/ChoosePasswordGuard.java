package nl.gezinsplan.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.gezinsplan.security.PasswordResets;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Sends a login that must choose a new password to {@link ChoosePasswordView} from every other page. Its services
 * refuse it anyway: such a login has no role ({@link PasswordResets#MUST_CHOOSE_PASSWORD}).
 */
@Component
class ChoosePasswordGuard implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        if (mustChoosePassword() && event.getNavigationTarget() != ChoosePasswordView.class) {
            event.forwardTo(ChoosePasswordView.class);
        }
    }

    static boolean mustChoosePassword() {
        return PasswordResets.mustChoosePassword(SecurityContextHolder.getContext().getAuthentication());
    }
}
