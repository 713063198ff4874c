package nl.gezinsplan.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.security.ui.ChoosePasswordView;
import nl.gezinsplan.security.ui.CodeLoginView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** The screens of the password flow, in Karibu: issuing a code, logging in with it, choosing the new password. */
class PasswordScreensTest extends ViewTest {

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLoginThatMustChooseAPasswordReachesNoOtherPage() {
        loginAs(mustChoose("gedwongen"));

        for (String page : new String[] {"", "werk", "gezinnen", "beheer/gebruikers", "mijn-gezin"}) {
            navigate(page);
            assertThat(UI.getCurrent().getCurrentView()).as(page).isInstanceOf(ChoosePasswordView.class);
        }
    }

    @Test
    void refusalsShowOnTheFieldAndKeepTheInputThenThePasswordIsSavedAndTheUserSignedOut() {
        String username = mustChoose("nieuw");
        loginAs(username);
        navigate("wachtwoord-kiezen");
        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("Nieuw wachtwoord"));
        PasswordField repeat = _get(PasswordField.class, spec -> spec.withLabel("Herhaal het nieuwe wachtwoord"));

        HasValueUtilsKt._setValue(password, "een nieuw eigen wachtwoord");
        HasValueUtilsKt._setValue(repeat, "een ander wachtwoord");
        _click(_get(Button.class, spec -> spec.withText("Wachtwoord opslaan")));
        assertThat(repeat.isInvalid()).isTrue();
        assertThat(repeat.getErrorMessage()).isEqualTo("De twee wachtwoorden zijn niet gelijk.");
        assertThat(password.getValue()).isEqualTo("een nieuw eigen wachtwoord");

        HasValueUtilsKt._setValue(password, "unbelievable");
        HasValueUtilsKt._setValue(repeat, "unbelievable");
        _click(_get(Button.class, spec -> spec.withText("Wachtwoord opslaan")));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("10.000 meest gebruikte wachtwoorden");
        assertThat(repeat.getValue()).isEqualTo("unbelievable");

        HasValueUtilsKt._setValue(password, "een nieuw eigen wachtwoord");
        HasValueUtilsKt._setValue(repeat, "een nieuw eigen wachtwoord");
        _click(_get(Button.class, spec -> spec.withText("Wachtwoord opslaan")));
        assertThat(password.isInvalid()).isFalse();
        assertThat(jdbc.sql("select must_change_password from user_account where username = :username")
                .param("username", username).query(Boolean.class).single()).isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("signed out").isNull();
    }

    @Test
    void theLinkFillsInTheCodeOfAFormPostedToTheLogin() {
        navigate("wachtwoord/ABCDEFGHJKLMNPQRSTUVWXYZ23");

        Element form = formOf(_get(CodeLoginView.class).getElement());
        assertThat(form.getAttribute("action")).isEqualTo("/inloggen");
        assertThat(form.getAttribute("method")).isEqualTo("post");
        assertThat(input(form, "password").getAttribute("value")).isEqualTo("ABCDEFGHJKLMNPQRSTUVWXYZ23");
        assertThat(input(form, "username").getAttribute("value")).isNull();
        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "De herstelcode uit de link is al ingevuld. Vul uw gebruikersnaam in en log in; daarna kiest u een"
                        + " nieuw wachtwoord. De code werkt één keer."))).isNotNull();

        navigate("wachtwoord");
        assertThat(input(formOf(_get(CodeLoginView.class).getElement()), "password").getAttribute("value")).isEmpty();
    }

    @Test
    void theAdministratorIssuesACodeShownOnceButNotForThemselves() {
        String username = TestAccounts.consultant(accounts, "scherm");
        loginAs("beheer");
        navigate("beheer/gebruikers");
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withLabel("Zoek op naam of gebruikersnaam")),
                username);
        Grid<DirectoryUser> grid = _get(Grid.class);

        _click(_get(GridKt._getCellComponent(grid, 0, "actions"), Button.class,
                spec -> spec.withText("Herstelcode uitgeven")));

        Dialog dialog = _get(Dialog.class);
        String code = _get(dialog, TextField.class, spec -> spec.withLabel("Herstelcode")).getValue();
        assertThat(code).matches("([A-HJ-NP-Z2-9]{4}-){6}[A-HJ-NP-Z2-9]{2}");
        assertThat(_get(dialog, TextField.class, spec -> spec.withLabel("Link")).getValue())
                .endsWith("/wachtwoord/" + code.replace("-", ""));
        _click(_get(dialog, Button.class, spec -> spec.withText("Sluiten")));
        assertThat(_find(Dialog.class)).isEmpty();

        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withLabel("Zoek op naam of gebruikersnaam")),
                "beheer");
        assertThat(_find(GridKt._getCellComponent(grid, 0, "actions"), Button.class,
                spec -> spec.withText("Herstelcode uitgeven"))).as("own account").isEmpty();
    }

    @Test
    void forgottenPasswordSaysWhomToAskAndWhereToLogInWithTheCode() {
        navigate("inloggen");
        assertThat(_find(Paragraph.class, spec -> spec.withPredicate(p -> p.getText().contains("herstelcode"))))
                .as("hidden until asked").isEmpty();

        LoginForm form = _get(LoginForm.class);
        ComponentUtil.fireEvent(form, new AbstractLogin.ForgotPasswordEvent(form, true));

        assertThat(_get(Paragraph.class, spec -> spec.withPredicate(p -> p.getText().contains("herstelcode"))).getText())
                .startsWith("Vraag de beheerder van Gezinsplan bij uw gemeente om een herstelcode");
        assertThat(_get(Anchor.class, spec -> spec.withText("Inloggen met een herstelcode")).getHref())
                .isEqualTo("wachtwoord");
    }

    @Test
    void theLoginPageConfirmsTheNewPassword() {
        navigate("inloggen?wachtwoord-gekozen");

        assertThat(_get(Paragraph.class, spec -> spec.withText("Uw nieuwe wachtwoord is opgeslagen. Log ermee in.")))
                .isNotNull();
    }

    /** A new consultant with an issued reset code, whose login must therefore choose a password. */
    private String mustChoose(String name) {
        String username = TestAccounts.consultant(accounts, name);
        jdbc.sql("update user_account set must_change_password = true where username = :username")
                .param("username", username).update();
        return username;
    }

    private static Element formOf(Element view) {
        return view.getChildren().filter(child -> child.getTag().equals("form")).findFirst().orElseThrow();
    }

    private static Element input(Element form, String name) {
        return form.getChildren().filter(child -> name.equals(child.getAttribute("name"))).findFirst().orElseThrow();
    }

    @Test
    void onMyAccountAUserChangesTheirPasswordAndAWrongCurrentOneShowsOnItsField() {
        String username = TestAccounts.consultant(accounts, "mijnscherm");
        loginAs(username);
        navigate("mijn-account");
        PasswordField current = _get(PasswordField.class, spec -> spec.withLabel("Huidig wachtwoord"));
        PasswordField next = _get(PasswordField.class, spec -> spec.withLabel("Nieuw wachtwoord"));
        HasValueUtilsKt._setValue(current, "verkeerd wachtwoord");
        HasValueUtilsKt._setValue(next, "een nieuwe lange zin");
        HasValueUtilsKt._setValue(_get(PasswordField.class, spec -> spec.withLabel("Herhaal het nieuwe wachtwoord")),
                "een nieuwe lange zin");
        Button change = _get(Button.class, spec -> spec.withText("Wachtwoord wijzigen"));

        _click(change);
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("Dit is niet uw huidige wachtwoord.");
        assertThat(next.getValue()).as("the input is kept").isEqualTo("een nieuwe lange zin");

        HasValueUtilsKt._setValue(current, TestAccounts.PASSWORD);
        _click(change);
        NotificationsKt.expectNotifications("Uw wachtwoord is gewijzigd. Gebruik het de volgende keer dat u inlogt.");
        assertThat(current.getValue()).isEmpty();
    }
}
