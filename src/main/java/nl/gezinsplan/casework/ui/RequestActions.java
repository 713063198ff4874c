package nl.gezinsplan.casework.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import nl.gezinsplan.casework.Request;

/**
 * What the page that shows a request lets the user do with it besides reading it: the route's actions (withdraw it,
 * close it without a decision, reopen it), which casework does not know. {@code changed} is called once one of them
 * changed the request, so the request is shown anew.
 */
@FunctionalInterface
public interface RequestActions {

    RequestActions NONE = (request, changed) -> List.of();

    List<Component> of(Request request, Runnable changed);
}
