package nl.gezinsplan.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import nl.gezinsplan.security.AccountLanguages;
import nl.gezinsplan.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The UI speaks Dutch unless the user chose English. The choice lives in the session, in a cookie, so the login
 * page already speaks it next time, and on the user's account, so their next login speaks it on any browser. The
 * browser's own language is deliberately ignored: the municipality works in Dutch.
 */
@Component
public class LanguagePreference implements VaadinServiceInitListener {

    static final String COOKIE = "gezinsplan-language";
    private static final String SESSION_ATTRIBUTE = LanguagePreference.class.getName();

    private final AccountLanguages accounts;
    private final CurrentUser currentUser;

    LanguagePreference(AccountLanguages accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** This session's choice, else the signed-in user's last one, else this browser's, else Dutch. */
    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinSession session = init.getUI().getSession();
            session.setLocale(chosen(session)
                    .or(() -> currentUser.username().flatMap(accounts::of)
                            .flatMap(language -> Translations.supported(language.getLanguage())))
                    .or(() -> fromCookie(VaadinRequest.getCurrent()))
                    .orElse(Translations.DUTCH));
        });
    }

    /** Switches the whole session to {@code language} and shows the current page again in it. */
    public static void choose(Locale language) {
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(SESSION_ATTRIBUTE, language);
        session.setLocale(language);
        VaadinService.getCurrent().getInstantiator().getOrCreate(AccountLanguages.class)
                .remember(Locale.forLanguageTag(language.getLanguage()));
        if (VaadinService.getCurrentResponse() instanceof HttpServletResponse response) {
            Cookie cookie = new Cookie(COOKIE, language.getLanguage());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            response.addCookie(cookie);
        }
        UI.getCurrent().getPage().reload();
    }

    private static Optional<Locale> chosen(VaadinSession session) {
        return Optional.ofNullable((Locale) session.getAttribute(SESSION_ATTRIBUTE));
    }

    private static Optional<Locale> fromCookie(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .flatMap(cookie -> Translations.supported(cookie.getValue()).stream())
                .findFirst();
    }
}
