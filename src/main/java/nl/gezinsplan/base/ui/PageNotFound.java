package nl.gezinsplan.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Vaadin's page for an address that is no page, or (in production mode) a page of another role: recorded. */
@AnonymousAllowed
public class PageNotFound extends RouteNotFoundError {

    private final transient PageRefusals refusals;

    public PageNotFound(PageRefusals refusals) {
        this.refusals = refusals;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        refusals.record(event);
        return super.setErrorParameter(event, parameter);
    }
}
