package nl.gezinsplan.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.VaadinSession;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.i18n.LanguagePreference;
import nl.gezinsplan.base.i18n.LanguageSelect;
import nl.gezinsplan.base.i18n.Translations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class LanguageTest extends ViewTest {

    @Autowired
    JdbcClient jdbc;

    /** The demo users log in to the browser tests in Dutch. */
    @AfterEach
    void forgetAnnasLanguage() {
        jdbc.sql("update user_account set language = null where username = 'anna'").update();
    }

    @Test
    void theUiSpeaksDutchByDefault() {
        loginAs("anna");
        navigate("werk");

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Translations.DUTCH);
        assertThat(_get(H1.class).getText()).isEqualTo("Mijn werk");
    }

    @Test
    void theUserCanSwitchToEnglish() {
        loginAs("anna");
        navigate("werk");

        HasValueUtilsKt._setValue(_get(LanguageSelect.class), Translations.ENGLISH);
        navigate("werk");

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Translations.ENGLISH);
        assertThat(_get(H1.class).getText()).isEqualTo("My work");
    }

    @Test
    void theLanguageChosenIsRememberedOnTheAccountForTheNextLogin() {
        loginAs("anna");
        navigate("werk");
        HasValueUtilsKt._setValue(_get(LanguageSelect.class), Translations.ENGLISH);
        assertThat(jdbc.sql("select language from user_account where username = 'anna'").query(String.class).single())
                .isEqualTo("en");

        // as at a login on another browser: no choice in the session, no cookie, a new page
        VaadinSession.getCurrent().setAttribute(LanguagePreference.class.getName(), null);
        VaadinSession.getCurrent().setLocale(Translations.DUTCH);
        UI.getCurrent().getPage().reload();
        navigate("werk");

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Translations.ENGLISH);
        assertThat(_get(H1.class).getText()).isEqualTo("My work");
    }
}
