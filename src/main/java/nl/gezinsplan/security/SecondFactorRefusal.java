package nl.gezinsplan.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic (the engine's REST API) carries a password and nothing more: an account that signs in with a second
 * step is refused there with 401 and the reason, whether its password was right or not said only by this answer.
 * Put after the Basic filter.
 */
public class SecondFactorRefusal extends OncePerRequestFilter {

    static final String MESSAGE = "This account signs in with two-factor authentication, which HTTP Basic cannot ask"
            + " for: use the REST API with an account for which two-factor is not required, or the Camunda webapps";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication()
                instanceof SecondFactorPending) {
            SecurityContextHolder.getContextHolderStrategy().clearContext();
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Realm\"");
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"SecondFactorRequired\",\"message\":\"" + MESSAGE + "\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
