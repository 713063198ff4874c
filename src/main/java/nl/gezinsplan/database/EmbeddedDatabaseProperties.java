package nl.gezinsplan.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dataDir where the embedded database keeps its files; empty for a throw-away database (tests)
 * @param port    the port it listens on; 0 picks a free one
 */
@ConfigurationProperties("gezinsplan.database")
record EmbeddedDatabaseProperties(Path dataDir, int port) {

    boolean persistent() {
        return dataDir != null && !dataDir.toString().isBlank();
    }

    /** The folder that keeps the data, or null for a throw-away one. */
    Path folder() {
        return persistent() ? dataDir : null;
    }
}
