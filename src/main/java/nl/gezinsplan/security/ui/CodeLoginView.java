package nl.gezinsplan.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import nl.gezinsplan.security.LoginPage;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Logging in with a reset code or the set-up link ({@code /wachtwoord/<code>}, the code filled in; {@code /wachtwoord}
 * to type it): a plain form posted to the same login as the login page's, which takes the code once in place of the
 * password and then asks for a new password ({@link ChoosePasswordView}).
 */
@Route(value = "wachtwoord", autoLayout = false)
@AnonymousAllowed
public class CodeLoginView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final Paragraph intro = new Paragraph();
    private final Element code = input("password", "text", "one-time-code");

    public CodeLoginView() {
        addClassName("code-login");
        setMaxWidth("36rem");
        Element form = new Element("form");
        // the login page's own form login
        form.setAttribute("action", "/" + LoginPage.PATH);
        form.setAttribute("method", "post");
        form.appendChild(label("username", getTranslation("password.code.username")),
                input("username", "text", "username").setAttribute("required", true),
                label("password", getTranslation("password.code.code")),
                code.setAttribute("required", true));
        csrfToken().ifPresent(form::appendChild);
        form.appendChild(new Element("button").setAttribute("type", "submit").setText(getTranslation("password.code.submit")));
        form.getClassList().add("code-login-form");
        add(new H1(getTranslation("password.code.title")), intro);
        getElement().appendChild(form);
        add(new Anchor("/" + LoginPage.PATH, getTranslation("password.code.to-login")));
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String filledIn) {
        boolean filled = filledIn != null && !filledIn.isBlank();
        intro.setText(getTranslation(filled ? "password.code.intro-filled" : "password.code.intro"));
        code.setAttribute("value", filled ? filledIn : "");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.code.title") + " · " + getTranslation("app.title");
    }

    private static Element label(String forInput, String text) {
        return new Element("label").setAttribute("for", forInput).setText(text);
    }

    private static Element input(String name, String type, String autocomplete) {
        return new Element("input").setAttribute("id", name).setAttribute("name", name).setAttribute("type", type)
                .setAttribute("autocomplete", autocomplete);
    }

    /** Spring Security's token for the post, as the login page's form sends it. */
    private static Optional<Element> csrfToken() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Object token = request == null ? null : request.getAttribute(CsrfToken.class.getName());
        return token instanceof CsrfToken csrf
                ? Optional.of(new Element("input").setAttribute("type", "hidden")
                        .setAttribute("name", csrf.getParameterName()).setAttribute("value", csrf.getToken()))
                : Optional.empty();
    }
}
