package nl.gezinsplan.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gezinsplan.ViewTest;
import nl.gezinsplan.portal.ui.MyFamilyView;
import nl.gezinsplan.security.ui.UserAdminView;
import nl.gezinsplan.workspace.ui.MyWorkView;
import nl.gezinsplan.workspace.ui.TeamView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each role gets its own home page and navigation, and is refused the other roles' places, however it gets there. */
class NavigationTest extends ViewTest {

    private static final Map<String, Class<?>> HOME_BY_USER = new LinkedHashMap<>();
    private static final Map<Class<?>, String> PATH_BY_VIEW = Map.of(
            MyWorkView.class, "werk",
            TeamView.class, "team",
            MyFamilyView.class, "mijn-gezin",
            UserAdminView.class, "beheer/gebruikers");

    private static final Map<String, List<String>> NAVIGATION_BY_USER = Map.of(
            "anna", List.of("werk", "werkvoorraad", "vragen", "gezinnen", "mijn-account"),
            "marieke", List.of("team", "werkvoorraad", "gezinnen", "monitor", "inzagelog", "mijn-account"),
            "sanne", List.of("mijn-gezin", "mijn-gezin/vragen", "mijn-gezin/notities", "mijn-gezin/hulp",
                    "mijn-gezin/aanvragen",
                    "mijn-gezin/documenten", "mijn-gezin/onderzoek",
                    "mijn-account"),
            "beheer", List.of("beheer/gebruikers", "beheer/teams", "beheer/e-mail", "beheer/producten", "monitor", "inzagelog",
                    "mijn-account"));

    static {
        HOME_BY_USER.put("anna", MyWorkView.class);
        HOME_BY_USER.put("marieke", TeamView.class);
        HOME_BY_USER.put("sanne", MyFamilyView.class);
        HOME_BY_USER.put("beheer", UserAdminView.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna", "marieke", "sanne", "beheer"})
    void theRootAddressOpensTheRolesOwnHomePage(String user) {
        loginAs(user);
        navigate("");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(HOME_BY_USER.get(user));
    }

    /** The addresses were English once; a bookmark of one still opens its page, under the Dutch address. */
    @ParameterizedTest
    @CsvSource({"werkvoorraad, werkvoorraad", "inbox, werkvoorraad", "audit, inzagelog",
            "monitor/import, monitor/importeren", "login, team"})
    void anOldEnglishAddressOpensThePageUnderItsDutchOne(String bookmark, String path) {
        loginAs("marieke");
        navigate(bookmark);

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo(path);
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(PageNotFound.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna", "marieke", "sanne", "beheer"})
    void theNavigationListsOnlyTheRolesOwnPlaces(String user) {
        loginAs(user);
        navigate("");

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath)
                .containsExactlyElementsOf(NAVIGATION_BY_USER.get(user));
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna", "marieke", "sanne", "beheer"})
    void everyOtherRolesPlaceIsRefused(String user) {
        loginAs(user);
        PATH_BY_VIEW.forEach((view, path) -> {
            navigate(path);
            if (view.equals(HOME_BY_USER.get(user))) {
                assertThat(UI.getCurrent().getCurrentView()).as(path).isInstanceOf(view);
            } else {
                assertThat(UI.getCurrent().getCurrentView()).as(user + " opens " + path).isNotInstanceOf(view);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"werk", "team", "mijn-gezin", "beheer/gebruikers", ""})
    void anAnonymousVisitorIsSentToTheLoginPage(String path) {
        navigate(path);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        _get(H1.class, spec -> spec.withText("Gezinsplan"));
    }
}
