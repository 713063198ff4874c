package nl.gezinsplan.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import nl.gezinsplan.security.LoginPage;
import nl.gezinsplan.security.SingleSignOn;
import nl.gezinsplan.security.SingleSignOnRefusal;

/**
 * Where single sign-on sends a person the provider knows but Gezinsplan does not let in: why, and whom to ask. Says
 * no more than the address says, so it reveals nothing to whoever opens it by hand.
 */
@Route(value = SingleSignOn.REFUSED_PATH, autoLayout = false)
@AnonymousAllowed
public class SingleSignOnRefusedView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Paragraph explanation = new Paragraph();

    public SingleSignOnRefusedView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        explanation.setMaxWidth("40em");
        add(new H1(getTranslation("sso.refused.title")), explanation,
                new Anchor(LoginPage.PATH, getTranslation("sso.refused.back")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> reasons = event.getLocation().getQueryParameters().getParameters().getOrDefault("reden", List.of());
        SingleSignOnRefusal refusal = SingleSignOnRefusal.ofCode(reasons.isEmpty() ? "" : reasons.get(0));
        explanation.setText(getTranslation("sso.refused." + refusal.code()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sso.refused.title") + " · " + getTranslation("app.title");
    }
}
