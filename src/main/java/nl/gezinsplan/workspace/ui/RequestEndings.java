package nl.gezinsplan.workspace.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.form.FormInput;
import nl.gezinsplan.casework.CaseworkLimits;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.casework.ui.RequestActions;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.workflow.RequestRoute;
import org.springframework.stereotype.Component;

/**
 * The ways a request ends early, on the request's dialog: a consultant records that the family withdrew it or closes
 * it without a decision (with the reason); a manager of its team reopens it within the period. The services refuse
 * whatever the rules forbid, and the refusal is shown.
 */
@Component
class RequestEndings implements RequestActions {

    private final RequestRoute route;
    private final Requests requests;
    private final CurrentUser currentUser;

    RequestEndings(RequestRoute route, Requests requests, CurrentUser currentUser) {
        this.route = route;
        this.requests = requests;
        this.currentUser = currentUser;
    }

    @Override
    public List<com.vaadin.flow.component.Component> of(Request request, Runnable changed) {
        boolean consultant = currentUser.get().filter(user -> user.role() == Role.CONSULTANT).isPresent();
        boolean mayEnd = consultant && request.isOpen();
        boolean mayReopen = requests.mayReopen(request);
        return mayEnd || mayReopen ? List.of(new Buttons(request, mayEnd, mayReopen, changed)) : List.of();
    }

    private final class Buttons extends Composite<FlexLayout> {

        private final Request request;
        private final Runnable changed;

        Buttons(Request request, boolean mayEnd, boolean mayReopen, Runnable changed) {
            this.request = request;
            this.changed = changed;
            getContent().addClassName("request-endings");
            // three buttons and the dialog's own do not fit a phone's width on one line
            getContent().setFlexWrap(FlexLayout.FlexWrap.WRAP);
            if (mayEnd) {
                getContent().add(button("workspace.request.withdraw", click -> askReason(false)),
                        button("workspace.request.close-without-decision", click -> askReason(true)));
            }
            if (mayReopen) {
                getContent().add(button("workspace.request.reopen", click -> confirmReopening()));
            }
        }

        private Button button(String key, ComponentEventListener<ClickEvent<Button>> click) {
            Button button = new Button(getTranslation(key), click);
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return button;
        }

        /** Withdrawal (the reason optional) or closing without a decision (the reason required), in a dialog. */
        private void askReason(boolean closing) {
            String kind = closing ? "close-without-decision" : "withdraw";
            Dialog dialog = new Dialog(getTranslation("workspace.request." + kind + ".title",
                    String.valueOf(request.getId())));
            TextArea reason = new TextArea(getTranslation(closing ? "workspace.request.reason"
                    : "workspace.request.reason.optional"));
            FormInput.limit(reason, CaseworkLimits.CLOSE_REASON);
            reason.setRequired(closing);
            reason.setWidthFull();
            reason.addValueChangeListener(change -> reason.setInvalid(false));
            Button confirm = new Button(getTranslation("workspace.request." + kind), click -> {
                try {
                    if (closing) {
                        route.closeWithoutDecision(request.getId(), reason.getValue());
                    } else {
                        route.withdraw(request.getId(), reason.getValue());
                    }
                    dialog.close();
                    Notification.show(getTranslation("workspace.request." + kind + ".done"));
                    changed.run();
                } catch (InvalidInput refused) {
                    reason.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                    reason.setInvalid(true);
                }
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            confirm.setId("request-ending-confirm");
            Button cancel = new Button(getTranslation("workspace.request.cancel"), click -> dialog.close());
            dialog.add(new Paragraph(getTranslation("workspace.request." + kind + ".intro")), reason);
            dialog.getFooter().add(cancel, confirm);
            dialog.setWidth("min(32rem, 95vw)");
            dialog.open();
        }

        private void confirmReopening() {
            Dialog dialog = new Dialog(getTranslation("workspace.request.reopen.title", String.valueOf(request.getId())));
            dialog.add(new Paragraph(getTranslation("workspace.request.reopen.intro")));
            Button confirm = new Button(getTranslation("workspace.request.reopen"), click -> {
                dialog.close();
                reopen();
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.setId("request-reopen-confirm");
            dialog.getFooter().add(new Button(getTranslation("workspace.request.cancel"), click -> dialog.close()),
                    confirm);
            dialog.setWidth("min(32rem, 95vw)");
            dialog.open();
        }

        private void reopen() {
            try {
                route.reopen(request.getId());
                Notification.show(getTranslation("workspace.request.reopen.done"));
                changed.run();
            } catch (InvalidInput refused) {
                Notification.show(getTranslation(refused.messageKey(), refused.arguments()))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
    }
}
