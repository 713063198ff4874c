package nl.gezinsplan.portal.ui;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import java.util.stream.Stream;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.portal.PortalAccess;
import nl.gezinsplan.security.LoginPage;

/**
 * Where a family member makes their portal account with the first-time code a consultant gave them, reached from the
 * invitation's link (the code filled in) or from the login page. A refusal is explained and keeps what was typed,
 * except the passwords.
 */
@Route(value = "activeren", autoLayout = false)
@AnonymousAllowed
public class ActivationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PortalAccess portalAccess;
    private final TextField code = new TextField();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Paragraph refusal = new Paragraph();

    public ActivationView(PortalAccess portalAccess) {
        this.portalAccess = portalAccess;
        addClassName("portal");
        setPadding(true);
        code.setLabel(getTranslation("portal.access.activate.code"));
        code.setId("code");
        username.setLabel(getTranslation("portal.access.activate.username"));
        username.setHelperText(getTranslation("portal.access.activate.username.help"));
        username.setId("username");
        password.setLabel(getTranslation("portal.access.activate.password"));
        password.setHelperText(getTranslation("portal.access.activate.password.help"));
        password.setId("password");
        repeat.setLabel(getTranslation("portal.access.activate.repeat"));
        repeat.setId("repeat");
        Stream.of(code, username, password, repeat).forEach(HasSize::setWidthFull);
        refusal.addClassName("activation-refusal");
        refusal.setVisible(false);
        Button create = new Button(getTranslation("portal.access.activate.submit"), click -> activate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("portal-action");
        create.addClickShortcut(Key.ENTER);
        add(new H1(getTranslation("portal.access.activate.title")),
                new Paragraph(getTranslation("portal.access.activate.intro")),
                refusal, code, username, password, repeat, create,
                new Anchor(LoginPage.PATH, getTranslation("portal.access.activate.to-login")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(code::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.access.activate.title") + " · " + getTranslation("app.title");
    }

    private void activate() {
        try {
            if (!password.getValue().equals(repeat.getValue())) {
                throw new InvalidInput("portal.access.activate.mismatch");
            }
            portalAccess.activate(code.getValue(), username.getValue().trim(), password.getValue(), clientAddress());
            getUI().ifPresent(ui -> ui.navigate(LoginPage.PATH, QueryParameters.simple(Map.of(LoginPage.ACTIVATED, ""))));
        } catch (InvalidInput refused) {
            refusal.setText(getTranslation(refused.messageKey(), refused.arguments()));
            refusal.setVisible(true);
            password.clear();
            repeat.clear();
        }
    }

    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "" : request.getRemoteAddr();
    }
}
