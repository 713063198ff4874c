package nl.gezinsplan.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs a real PostgreSQL inside the JVM when no external database is configured
 * (no {@code spring.datasource.url}), so the application and the tests need nothing installed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties) {
        EmbeddedDatabase database = EmbeddedDatabase.start(properties.folder(), properties.port());
        if (properties.persistent()) {
            log.info("Embedded PostgreSQL keeps its data in {}", database.dataDirectory());
        } else {
            log.info("Embedded PostgreSQL runs on a temporary data directory");
        }
        return database;
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(EmbeddedDatabase.USER);
        dataSource.setPassword(database.password());
        dataSource.setMaximumPoolSize(10);
        // a database that died gives up a waiting request (and the engine's job executor, and shutdown) in 10 s, not 30
        dataSource.setConnectionTimeout(10_000);
        dataSource.setPoolName("gezinsplan");
        return dataSource;
    }
}
