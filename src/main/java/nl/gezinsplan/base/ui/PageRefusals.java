package nl.gezinsplan.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteConfiguration;
import nl.gezinsplan.security.AuditAction;
import nl.gezinsplan.security.AuditLog;
import nl.gezinsplan.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Records on the audit trail a signed-in user's attempt to open a page of another role. Vaadin's access control
 * turns such a navigation into an error page (not found in production mode, access denied in development mode), so
 * the error pages report it here; an address that is no page at all is not a refusal.
 */
@Component
class PageRefusals {

    private final AuditLog audit;
    private final CurrentUser currentUser;

    PageRefusals(AuditLog audit, CurrentUser currentUser) {
        this.audit = audit;
        this.currentUser = currentUser;
    }

    void record(BeforeEnterEvent event) {
        String path = event.getLocation().getPath();
        currentUser.get()
                .filter(user -> RouteConfiguration.forApplicationScope().getRoute(path).isPresent())
                .ifPresent(user -> audit.recordOutsideFile(user.username(), AuditAction.DENIED, "audit.page.refused",
                        "/" + path));
    }
}
