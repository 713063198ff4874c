package nl.gezinsplan.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;

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
        // a database that died fails a waiting request and the engine's job acquisition in 10 s instead of 30
        dataSource.setConnectionTimeout(10_000);
        dataSource.setPoolName("gezinsplan");
        return dataSource;
    }

    @Bean
    StopWithoutADeadDatabase stopWithoutADeadDatabase(EmbeddedDatabase database, DataSource dataSource) {
        return new StopWithoutADeadDatabase(database, (HikariDataSource) dataSource);
    }

    /**
     * When the database died under the application, a stop must not wait for it: the engine's last writes would each
     * wait a connection time-out first. Closing the pool makes them fail at once. First of the listeners to closing.
     */
    record StopWithoutADeadDatabase(EmbeddedDatabase database, HikariDataSource dataSource)
            implements ApplicationListener<ContextClosedEvent>, Ordered {

        @Override
        public void onApplicationEvent(ContextClosedEvent closed) {
            if (!database.isRunning()) {
                log.warn("The embedded database on {} is no longer running; stopping without it", database.dataDirectory());
                dataSource.close();
            }
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
