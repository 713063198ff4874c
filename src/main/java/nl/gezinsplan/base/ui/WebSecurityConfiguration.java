package nl.gezinsplan.base.ui;

import static org.springframework.security.config.Customizer.withDefaults;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.util.LinkedHashMap;
import nl.gezinsplan.security.AuditLog;
import nl.gezinsplan.security.LoginPage;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.security.SecondFactorRefusal;
import nl.gezinsplan.security.SingleSignOn;
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
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
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

    /**
     * What Vaadin Flow needs: its client engine runs inline and evaluated scripts ({@code executeJs}) and inline
     * styles; everything else comes from this origin. Camunda's webapps send a policy of their own.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    @Bean
    @Order(1)
    SecurityFilterChain engineRestApi(HttpSecurity http, AuditLog audit) throws Exception {
        return http.securityMatcher(path("/engine-rest/**"))
                .addFilterBefore(new EngineCallAudit(audit), ExceptionTranslationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Role.ADMIN_NAME))
                .httpBasic(withDefaults())
                // a password alone does not pass an account's two-factor
                .addFilterAfter(new SecondFactorRefusal(), BasicAuthenticationFilter.class)
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
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/" + LoginPage.PATH));
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
    SecurityFilterChain application(HttpSecurity http, RequestUtil vaadinRequests, SingleSignOn singleSignOn)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(path("/actuator/health/**"), path("/styles/**"), path("/images/**")).permitAll()
                // the error page of a refused REST call must show the 401/403, not redirect to the login page
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        // Vaadin's own requests carry Vaadin's security key; every other post, the login form's included, needs
        // Spring's CSRF token, which Vaadin puts in the page's meta tags and the login form sends along. Vaadin's
        // own CSRF setting would exempt the login form, so it is switched off and this one used instead.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // HSTS is Spring Security's default: sent on HTTPS requests only (behind a proxy: see
        // server.forward-headers-strategy in the README)
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
        singleSignOn.configure(http);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        .loginView(LoginView.class)
                        .enableCsrfConfiguration(false))
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
