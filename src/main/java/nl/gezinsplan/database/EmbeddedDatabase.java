package nl.gezinsplan.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;

/**
 * A real PostgreSQL on a data folder, run by this JVM and shut down when the JVM dies. On a folder that keeps data it
 * is durable (fsync and synchronous commit on; the library's defaults turn both off). It always requires a password: generated on the
 * folder's first start, kept in the folder readable by its owner only, with pg_hba asking for it (scram-sha-256).
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String USER = "postgres";
    static final String PASSWORD_FILE = "gezinsplan-password";

    private static final String PASSWORD_ONLY = """
            # Gezinsplan: every connection needs the generated password (see gezinsplan-password in this folder)
            local all all scram-sha-256
            host all all 127.0.0.1/32 scram-sha-256
            host all all ::1/128 scram-sha-256
            """;
    // crash recovery of a busy folder on a loaded machine takes a while; a server that cannot start fails sooner
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(2);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final String password;
    private Process watchdog;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory, String password) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.password = password;
    }

    /** Starts on {@code dataDirectory}, or, when it is null, on a throw-away folder deleted when it stops (tests). */
    static EmbeddedDatabase start(Path dataDirectory, int port) {
        boolean keepsData = dataDirectory != null;
        Path folder = keepsData ? createFolder(dataDirectory.toAbsolutePath()) : temporaryFolder();
        LeftoverServer.stopIfAny(folder);
        requireFree(port);
        String password = readPassword(folder);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(folder)
                .setCleanDataDirectory(!keepsData)
                .setPort(port)
                .setPGStartupWait(STARTUP_WAIT)
                // Spring stops it after everything that uses it; its own shutdown hook would race the engine's last writes
                .setRegisterShutdownHook(false)
                .setConnectConfig("password", password)
                // as postgresql.conf has it: the library's 300 makes every reload of that file report an error
                .setServerConfig("max_connections", "100")
                // after initdb, which needs an empty folder, and before the server starts
                .setDataDirectoryCustomizer(initialised -> writePassword(folder, password));
        if (keepsData) {
            // the library passes -F (fsync off) before these settings; the later setting wins
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } catch (IOException | RuntimeException e) {
            throw new DatabaseFailure("The embedded database did not start on " + folder + ": " + e.getMessage(), e);
        }
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, folder, password);
        try {
            database.requireOwnServer();
            database.requirePassword();
            database.watchdog = database.startWatchdog();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(USER, "postgres");
    }

    String password() {
        return password;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    /** Whether its server still accepts connections. */
    boolean isRunning() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), postgres.getPort()), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, password);
    }

    @Override
    public void close() {
        if (watchdog != null) {
            watchdog.destroy();
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new DatabaseFailure("The embedded database on " + dataDirectory + " did not stop: " + e.getMessage(), e);
        }
    }

    /**
     * The server outlives a JVM that is killed (pg_ctl detaches it). This shell waits on a pipe from the JVM; when the
     * JVM dies, however, the pipe closes, {@code read} returns and the server gets a fast shutdown (SIGINT).
     */
    private Process startWatchdog() {
        long server = LeftoverServer.postmasterPid(dataDirectory)
                .orElseThrow(() -> new DatabaseFailure("The embedded database on " + dataDirectory + " wrote no pid"));
        try {
            return new ProcessBuilder("sh", "-c", "read ignored; kill -INT \"$0\"", String.valueOf(server))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
        } catch (IOException e) {
            throw new DatabaseFailure("Cannot start the watchdog of the embedded database: " + e, e);
        }
    }

    /** The end of the pipe this JVM holds; closing it is what the JVM's death does. */
    OutputStream watchdogPipe() {
        return watchdog.getOutputStream();
    }

    /** On a fixed port another server could have answered the start-up check; it must be the one on our folder. */
    private void requireOwnServer() {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("show data_directory")) {
            result.next();
            if (!Files.isSameFile(Path.of(result.getString(1)), dataDirectory)) {
                throw new DatabaseFailure("Port " + postgres.getPort() + " is served by a database on "
                        + result.getString(1) + ", not by the embedded database on " + dataDirectory);
            }
        } catch (SQLException | IOException e) {
            throw new DatabaseFailure("The embedded database on " + dataDirectory + " does not answer: " + e.getMessage(), e);
        }
    }

    /**
     * A new folder, or one from a version that trusted every local connection, gets its password and pg_hba here;
     * until the reload the server trusts local connections, once in the folder's life.
     */
    private void requirePassword() {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        try {
            if (PASSWORD_ONLY.equals(Files.readString(hba))) {
                return;
            }
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                // the password is generated from letters, digits, '-' and '_': nothing to escape
                statement.execute("alter role " + USER + " password '" + password + "'");
                Files.writeString(hba, PASSWORD_ONLY);
                statement.execute("select pg_reload_conf()");
            }
        } catch (SQLException | IOException e) {
            throw new DatabaseFailure("Could not set the embedded database's password on " + dataDirectory + ": " + e, e);
        }
    }

    private static Path createFolder(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DatabaseFailure("Cannot create the data folder " + folder + ": " + e, e);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("gezinsplan-db");
        } catch (IOException e) {
            throw new DatabaseFailure("Cannot create a temporary data folder: " + e, e);
        }
    }

    private static void requireFree(int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.getLocalPort();
        } catch (IOException e) {
            throw new DatabaseFailure("Port " + port + " for the embedded database is in use by another program;"
                    + " choose another with GEZINSPLAN_DB_PORT, or 0 for any free port.");
        }
    }

    private static String readPassword(Path folder) {
        Path file = folder.resolve(PASSWORD_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
        } catch (IOException e) {
            throw new DatabaseFailure("Cannot read the embedded database's password in " + file + ": " + e, e);
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static void writePassword(Path folder, String password) {
        Path file = folder.resolve(PASSWORD_FILE);
        Path written = folder.resolve(PASSWORD_FILE + ".new");
        try {
            Files.deleteIfExists(written);
            Files.createFile(written, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(written, password);
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DatabaseFailure("Cannot write the embedded database's password to " + file + ": " + e, e);
        }
    }
}
