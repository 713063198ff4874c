package openidprovider;

import static org.springframework.security.config.Customizer.withDefaults;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Authorization Server on a random port of
 * {@code localhost}, with its own login page and in-memory people. Started once, before the application whose
 * context discovers it through its issuer; it lives as long as the test JVM. Outside the {@code nl.gezinsplan}
 * packages, so that the application's component scan does not pick its configuration up.
 *
 * <p>The application is opened at {@code 127.0.0.1}: the provider accepts a loopback redirect at any port (RFC 8252)
 * and refuses {@code localhost} redirects, and the two hosts keep their session cookies apart in the browser.
 */
public final class OpenIdProvider {

    public static final String CLIENT_ID = "gezinsplan";
    public static final String CLIENT_SECRET = "provider-secret";
    /** Every person's password at the provider. */
    public static final String PASSWORD = "provider-password";

    /** The people the provider knows, by their login there, with the claims it states about them. */
    public static final Map<String, Map<String, Object>> PEOPLE = Map.of(
            "anna.devries", person("anna@gezinsplan.example", "Anna", "de Vries"),
            "beheer", person("beheer@gezinsplan.example", "Bert", "Beheer"),
            "sanne", person("sanne@gezinsplan.example", "Sanne", "Mulder"),
            "vertrokken", person("vertrokken@gezinsplan.example", "Vera", "Vertrokken"),
            "onbekend", person("onbekend@elders.example", "Olaf", "Onbekend"));

    private static OpenIdProvider running;

    private final int port;

    private OpenIdProvider(int port) {
        this.port = port;
    }

    /** The provider, started on first use. */
    public static synchronized OpenIdProvider running() {
        if (running == null) {
            ServletWebServerApplicationContext context = (ServletWebServerApplicationContext)
                    new SpringApplicationBuilder(Provider.class)
                            .bannerMode(Banner.Mode.OFF)
                            .logStartupInfo(false)
                            // not the application's own application.yml
                            .properties("spring.config.name=openid-provider", "server.port=0")
                            .run();
            running = new OpenIdProvider(context.getWebServer().getPort());
        }
        return running;
    }

    public String issuer() {
        return "http://localhost:" + port;
    }

    private static Map<String, Object> person(String email, String givenName, String familyName) {
        return Map.of("email", email, "email_verified", true, "given_name", givenName, "family_name", familyName,
                "name", givenName + " " + familyName);
    }

    /** A web server with Spring MVC and Spring Security, and nothing else of Spring Boot's automatic configuration. */
    @SpringBootConfiguration
    @ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class, SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class})
    static class Provider {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
            return http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, configurer -> configurer.oidc(withDefaults()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    // the user info endpoint takes the access token
                    .oauth2ResourceServer(resourceServer -> resourceServer.jwt(withDefaults()))
                    .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                    .build();
        }

        /** The provider's own login page. */
        @Bean
        @Order(2)
        SecurityFilterChain login(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(withDefaults())
                    .build();
        }

        /**
         * The security context wherever the JVM keeps it now: the application, started later in the same JVM, puts
         * Vaadin's holder in {@link SecurityContextHolder}, which some of the provider's filters read directly.
         */
        @Bean
        SecurityContextHolderStrategy securityContextHolderStrategy() {
            return new SecurityContextHolderStrategy() {
                @Override
                public void clearContext() {
                    SecurityContextHolder.getContextHolderStrategy().clearContext();
                }

                @Override
                public org.springframework.security.core.context.SecurityContext getContext() {
                    return SecurityContextHolder.getContextHolderStrategy().getContext();
                }

                @Override
                public void setContext(org.springframework.security.core.context.SecurityContext context) {
                    SecurityContextHolder.getContextHolderStrategy().setContext(context);
                }

                @Override
                public org.springframework.security.core.context.SecurityContext createEmptyContext() {
                    return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
                }
            };
        }

        @Bean
        UserDetailsService people() {
            return new InMemoryUserDetailsManager(PEOPLE.keySet().stream()
                    .map(name -> User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build())
                    .toList());
        }

        @Bean
        RegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(CLIENT_ID)
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    // any port of the loopback address
                    .redirectUri("http://127.0.0.1/login/oauth2/code/gezinsplan")
                    .scope(OidcScopes.OPENID)
                    .scope(OidcScopes.PROFILE)
                    .scope(OidcScopes.EMAIL)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build());
        }

        /** The person's claims in the ID token, from which the user info endpoint answers too. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims() {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    context.getClaims().claims(claims -> claims.putAll(PEOPLE.get(context.getPrincipal().getName())));
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> signingKey() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic())
                    .privateKey((RSAPrivateKey) keys.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder accessTokens(JWKSource<SecurityContext> signingKey) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(signingKey);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
