package nl.gezinsplan.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PasswordSettings.class, FirstAdministratorSettings.class})
class PasswordConfiguration {
}
