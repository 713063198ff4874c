package nl.gezinsplan.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.security.SingleSignOnRefusal;
import org.junit.jupiter.api.Test;

class SingleSignOnRefusedViewTest extends ViewTest {

    @Test
    void everyReasonIsExplainedInBothLanguagesWithoutBeingLoggedIn() {
        for (Locale locale : new Locale[] {new Locale("nl"), Locale.ENGLISH}) {
            UI.getCurrent().setLocale(locale);
            for (SingleSignOnRefusal refusal : SingleSignOnRefusal.values()) {
                navigate("aanmelden-geweigerd?reden=" + refusal.code());

                assertThat(_get(H1.class).getText()).isNotBlank().doesNotContain("sso.");
                assertThat(_find(Paragraph.class)).singleElement()
                        .satisfies(text -> assertThat(text.getText()).isNotBlank().doesNotContain("sso."));
            }
        }
    }

    @Test
    void withoutSingleSignOnTheLoginPageOffersNoLinkToIt() {
        navigate("inloggen");

        assertThat(_find(Anchor.class)).extracting(Anchor::getText).doesNotContain("Inloggen met eenmalige aanmelding")
                .contains("Ik heb een uitnodigingscode");
    }

        @Test
    void theUnknownPersonIsToldToAskTheAdministrator() {
        navigate("aanmelden-geweigerd?reden=unknown");

        assertThat(_get(Paragraph.class).getText()).startsWith("Uw account is niet bekend in Gezinsplan")
                .contains("beheerder");
    }

    @Test
    void anAddressWithoutAKnownReasonSaysOnlyThatSigningOnFailed() {
        navigate("aanmelden-geweigerd?reden=<script>");

        assertThat(_get(Paragraph.class).getText()).startsWith("Aanmelden bij de identiteitsprovider is niet gelukt");
    }
}
