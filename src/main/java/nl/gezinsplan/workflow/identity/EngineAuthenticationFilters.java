package nl.gezinsplan.workflow.identity;

import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs after Spring Security's filter chain (which already admitted only administrators to these paths) and tells
 * the engine who the caller is, so engine-side rules such as the four-eyes check see the real user.
 */
@Configuration(proxyBeanMethods = false)
class EngineAuthenticationFilters {

    private static final int AFTER_SPRING_SECURITY = 101;
    private static final Map<String, String> PROVIDER =
            Map.of("authentication-provider", SpringSecurityAuthenticationProvider.class.getName());

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOn() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(PROVIDER);
        registration.setOrder(AFTER_SPRING_SECURITY);
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> restApiAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setInitParameters(PROVIDER);
        registration.setOrder(AFTER_SPRING_SECURITY);
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }
}
