package nl.gezinsplan.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        // Spring stops it after everything that uses it; its own shutdown hook would race the engine's last writes
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(properties.port()).setRegisterShutdownHook(false);
        if (properties.persistent()) {
            Path dataDirectory = Files.createDirectories(properties.dataDir().toAbsolutePath());
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            log.info("Embedded PostgreSQL keeps its data in {}", dataDirectory);
        } else {
            log.info("Embedded PostgreSQL runs on a temporary data directory");
        }
        return builder.start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("gezinsplan");
        return dataSource;
    }
}
