package nl.gezinsplan.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.util.StringUtils;

/**
 * The provider Gezinsplan signs on with, discovered from its issuer at start (so the provider must be reachable
 * then). Without an issuer there is no client registration, and nothing of OpenID Connect is active.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SingleSignOnProperties.class)
class SingleSignOnConfiguration {

    @Bean
    @Conditional(IssuerConfigured.class)
    ClientRegistrationRepository singleSignOnProvider(SingleSignOnProperties properties) {
        return new InMemoryClientRegistrationRepository(ClientRegistrations
                .fromIssuerLocation(properties.issuerUri())
                .registrationId(SingleSignOn.REGISTRATION_ID)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .scope("openid", "profile", "email")
                .build());
    }

    /** An empty issuer (the variable unset) counts as none, which {@code @ConditionalOnProperty} would not. */
    static final class IssuerConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("gezinsplan.security.sso.issuer-uri"));
        }
    }
}
