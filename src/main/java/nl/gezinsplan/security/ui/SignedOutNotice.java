package nl.gezinsplan.security.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import nl.gezinsplan.security.SignedInAccountCheck;
import org.springframework.stereotype.Component;

/** Tells someone whose session was ended because their account changed why they see the login page. */
@Component
public class SignedOutNotice implements VaadinServiceInitListener {

    static final int DURATION_MILLIS = 15_000;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            WrappedSession session = init.getUI().getSession().getSession();
            Object reason = session == null ? null : session.getAttribute(SignedInAccountCheck.REASON);
            if (reason != null) {
                session.removeAttribute(SignedInAccountCheck.REASON);
                Notification notice = new Notification(init.getUI().getTranslation(reason.toString()), DURATION_MILLIS,
                        Notification.Position.TOP_CENTER);
                notice.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
                notice.open();
            }
        }));
    }
}
