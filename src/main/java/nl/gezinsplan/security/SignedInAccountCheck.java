package nl.gezinsplan.security;

import com.vaadin.flow.shared.ApplicationConstants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session at its next request when its user was deactivated, or given another role, after logging in: the
 * login checks the account once, a session lives on. The next page is the login page, which says why
 * ({@link #REASON}, shown by {@code security.ui.SignedOutNotice}). Runs after Spring Security has read the login
 * from the session, before the engine's webapps and Vaadin.
 */
@Component
@Order(100)
public class SignedInAccountCheck extends OncePerRequestFilter {

    /** The session attribute that holds the message key of why the previous session ended. */
    public static final String REASON = SignedInAccountCheck.class.getName() + ".reason";

    private final UserDirectory directory;

    SignedInAccountCheck(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        Optional<String> refusal = session == null || login == null || login instanceof AnonymousAuthenticationToken
                || !login.isAuthenticated() ? Optional.empty() : refusal(login);
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        session.invalidate();
        SecurityContextHolder.clearContext();
        request.getSession(true).setAttribute(REASON, refusal.get());
        if (request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER) != null) {
            // a click in an open page: Vaadin finds its session gone and makes the browser reload, to the login page
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + "/" + LoginPage.PATH);
        }
    }

    /**
     * Why the login no longer stands: the account is deactivated, or its role is not the one logged in. A login that
     * is no account of ours (yet) is for the login's own path to judge.
     */
    private Optional<String> refusal(Authentication login) {
        Optional<DirectoryUser> user = directory.findUser(login.getName());
        if (user.isEmpty()) {
            return Optional.empty();
        }
        if (!user.get().active()) {
            return Optional.of("security.session.deactivated");
        }
        String role = user.get().role().authority();
        boolean otherRole = login.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> !authority.equals(role)
                        && Arrays.stream(Role.values()).anyMatch(any -> any.authority().equals(authority)));
        return otherRole ? Optional.of("security.session.role-changed") : Optional.empty();
    }
}
