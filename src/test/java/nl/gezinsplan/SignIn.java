package nl.gezinsplan;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.springframework.mock.web.MockHttpServletRequest;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Puts a user in the security context as a successful login would, for tests that call services directly; or posts
 * the login form as a browser at a given address would, for tests of the login itself.
 */
public final class SignIn {

    private SignIn() {
    }

    public static Authentication as(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        Authentication authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }

    /** The login form's post with its CSRF token, from {@code address} (the throttle counts per address). */
    public static RequestBuilder loginPost(String username, String password, String address) {
        return servletContext -> {
            MockHttpServletRequest request = formLogin("/inloggen").user(username).password(password)
                    .buildRequest(servletContext);
            request.setRemoteAddr(address);
            return request;
        };
    }
}
