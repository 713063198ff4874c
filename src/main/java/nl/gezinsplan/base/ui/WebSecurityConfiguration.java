package nl.gezinsplan.base.ui;

import static org.springframework.security.config.Customizer.withDefaults;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.util.LinkedHashMap;
import nl.gezinsplan.security.AuditLog;
import nl.gezinsplan.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three doors, one set of users: the engine's REST API (HTTP Basic, administrators only), Camunda's webapps
 * (the Gezinsplan login session, administrators only) and the Vaadin application itself. What administrators change
 * through the first two is audited ({@link EngineCallAudit}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class WebSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain engineRestApi(HttpSecurity http, AuditLog audit) throws Exception {
        return http.securityMatcher(path("/engine-rest/**"))
                .addFilterBefore(new EngineCallAudit(audit), ExceptionTranslationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Role.ADMIN_NAME))
                .httpBasic(withDefaults())
                // stateless and without cookies, so no cross-site request can ride on a browser session
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http, AuditLog audit) throws Exception {
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> entryPoints = new LinkedHashMap<>();
        entryPoints.put(path("/camunda/api/**"), new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
        DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
        return http.securityMatcher(path("/camunda/**"))
                .addFilterBefore(new EngineCallAudit(audit), ExceptionTranslationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Role.ADMIN_NAME))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
                // the webapps send their own CSRF token (Camunda's CsrfPreventionFilter)
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain application(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(path("/actuator/health/**"), path("/styles/**"), path("/images/**")).permitAll()
                // the error page of a refused REST call must show the 401/403, not redirect to the login page
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    /**
     * Matches the whole path. The default matcher would look inside Spring MVC's servlet only, and so never match
     * the engine's REST API, which Jersey serves from a servlet of its own.
     */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
