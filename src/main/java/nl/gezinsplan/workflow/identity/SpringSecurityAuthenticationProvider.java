package nl.gezinsplan.workflow.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands the user Spring Security already authenticated to the engine (webapps and REST API alike), so the engine
 * knows who acts and nobody logs in twice. Instantiated by Camunda's filters by class name.
 */
public class SpringSecurityAuthenticationProvider extends ContainerBasedAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return AuthenticationResult.unsuccessful();
        }
        String userId = authentication.getName();
        AuthenticationResult result = AuthenticationResult.successful(userId);
        result.setGroups(engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
                .map(group -> group.getId())
                .toList());
        return result;
    }
}
