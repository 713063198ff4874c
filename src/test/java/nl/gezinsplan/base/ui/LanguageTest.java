package nl.gezinsplan.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.base.i18n.LanguageSelect;
import nl.gezinsplan.base.i18n.Translations;
import org.junit.jupiter.api.Test;

class LanguageTest extends ViewTest {

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

        HasValueUtilsKt._setValue(_get(LanguageSelect.class), Locale.ENGLISH);
        navigate("werk");

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(_get(H1.class).getText()).isEqualTo("My work");
    }
}
