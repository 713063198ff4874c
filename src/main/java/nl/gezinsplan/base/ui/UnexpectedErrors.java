package nl.gezinsplan.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.gezinsplan.base.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The last resort for a failure no screen expected while the user works (a save the database refused, a bug): the
 * error goes to the log and the user reads that nothing was lost, on the same screen with everything still typed,
 * instead of nothing or an old message. A refusal a screen forgot to catch is shown as the refusal it is: invalid
 * input with its reason, a right the user lacks, a change a colleague saved first. Failures of Vaadin's own machinery
 * go to Vaadin's default handler.
 */
@Component
class UnexpectedErrors implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);
    private static final String OUR_PACKAGE = "nl.gezinsplan.";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = DefaultErrorHandler.findRelevantThrowable(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui == null || !passedThroughOurCode(failure)) {
            new DefaultErrorHandler().error(event);
            return;
        }
        String message = message(ui, failure);
        try {
            ui.access(() -> Notification.show(message, 8_000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        } catch (UIDetachedException gone) {
            // the user left the page: nobody to tell, and the failure is in the log already
        }
    }

    private static String message(UI ui, Throwable failure) {
        if (failure instanceof InvalidInput refused) {
            return ui.getTranslation(refused.messageKey(), refused.arguments());
        }
        if (failure instanceof AccessDeniedException) {
            // already on the audit trail where the service refused; the log keeps why, for the administrator
            log.info("Refused in the user interface: {}", failure.getMessage());
            return ui.getTranslation("input.refused");
        }
        if (failure instanceof OptimisticLockingFailureException) {
            return ui.getTranslation("input.changed-meanwhile");
        }
        log.error("Unexpected failure in the user interface", failure);
        return ui.getTranslation("input.save.failed");
    }

    /**
     * Whether the failure came from something the user did in our screens or services: our code called by Vaadin
     * while it handled the request, not our filters around Vaadin (such as {@link ServerTimeLog}). Vaadin's own
     * troubles with the connection (a message resent by the browser, a page left while a request or its answer was on
     * its way) are Vaadin's to log and resolve; telling the user that saving failed would be wrong.
     */
    private static boolean passedThroughOurCode(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            for (StackTraceElement frame : cause.getStackTrace()) {
                if (frame.getClassName().equals(VaadinService.class.getName())) {
                    break;
                }
                if (frame.getClassName().startsWith(OUR_PACKAGE)) {
                    return true;
                }
            }
        }
        return false;
    }
}
