package nl.gezinsplan;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A browserless Vaadin UI (Karibu) on the shared application context, with a way to log in as any user. */
@IntegrationTest
public abstract class ViewTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("nl.gezinsplan");

    @Autowired
    private ApplicationContext context;

    @Autowired
    private UserDetailsService users;

    @BeforeEach
    void startUi() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void stopUi() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Logs in as Spring Security would after a successful form login. */
    protected void loginAs(String username) {
        Authentication authentication = SignIn.as(users, username);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> authority.equals("ROLE_" + role)));
    }

    /** Navigates as a user typing {@code location} (a path, optionally with a query) would. */
    protected void navigate(String location) {
        String[] pathAndQuery = location.split("\\?", 2);
        QueryParameters query = pathAndQuery.length == 2 ? QueryParameters.fromString(pathAndQuery[1]) : QueryParameters.empty();
        UI.getCurrent().navigate(pathAndQuery[0], query);
    }
}
