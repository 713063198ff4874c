package nl.gezinsplan.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.gezinsplan.security.SecondFactorLogin;
import org.springframework.stereotype.Component;

/**
 * While a login waits for its second step, every page it asks for (the login page included, where the other pages
 * send an anonymous visitor) shows the second step instead. The session is anonymous meanwhile, so this is guidance,
 * not the protection.
 */
@Component
class SecondFactorGuard implements VaadinServiceInitListener {

    private final SecondFactorLogin login;

    SecondFactorGuard(SecondFactorLogin login) {
        this.login = login;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            if (enter.getNavigationTarget() != SecondFactorView.class && login.isPending()) {
                enter.forwardTo(SecondFactorView.class);
            }
        }));
    }
}
