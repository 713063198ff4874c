package nl.gezinsplan.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.RouteAccessDeniedError;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Vaadin's page for a page of another role in development mode: recorded. */
@AnonymousAllowed
public class PageAccessDenied extends RouteAccessDeniedError {

    private final transient PageRefusals refusals;

    public PageAccessDenied(PageRefusals refusals) {
        this.refusals = refusals;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        refusals.record(event);
        return super.setErrorParameter(event, parameter);
    }
}
