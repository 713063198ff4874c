package nl.gezinsplan.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database on a data folder, started as the application starts it. */
class EmbeddedDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void aFolderThatKeepsDataIsDurableAndRequiresItsGeneratedPassword() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, 0)) {
            assertThat(setting(database, "fsync")).isEqualTo("on");
            assertThat(setting(database, "synchronous_commit")).isEqualTo("on");

            assertThat(Files.getPosixFilePermissions(folder.resolve(EmbeddedDatabase.PASSWORD_FILE)))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.readString(folder.resolve(EmbeddedDatabase.PASSWORD_FILE)).trim())
                    .isEqualTo(database.password()).hasSizeGreaterThanOrEqualTo(32);
            assertRefusedWithoutPassword(database);
        }
    }

    @Test
    void aThrowAwayFolderKeepsTheFastSettingsButNotTrust() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(null, 0)) {
            assertThat(setting(database, "fsync")).isEqualTo("off");
            assertRefusedWithoutPassword(database);
        }
    }

    @Test
    void aFolderOfAnEarlierVersionThatTrustedEveryLocalConnectionKeepsItsDataAndGetsAPassword() throws Exception {
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setDataDirectory(folder)
                .setCleanDataDirectory(false).setRegisterShutdownHook(false).start();
             Connection connection = earlier.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create table kept (what text)");
            statement.execute("insert into kept values ('written before the password')");
        }

        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, 0);
             Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet kept = statement.executeQuery("select what from kept")) {
            assertThat(kept.next()).isTrue();
            assertThat(kept.getString(1)).isEqualTo("written before the password");
            assertThat(Files.readString(folder.resolve("pg_hba.conf"))).doesNotContain("trust");
            assertRefusedWithoutPassword(database);
        }
        try (EmbeddedDatabase again = EmbeddedDatabase.start(folder, 0)) {
            assertThat(setting(again, "fsync")).as("a second start uses the stored password").isEqualTo("on");
        }
    }

    @Test
    void aFolderInUseByARunningApplicationIsRefused() {
        try (EmbeddedDatabase running = EmbeddedDatabase.start(folder, 0)) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(folder, 0))
                    .isInstanceOf(DatabaseFailure.class)
                    .hasMessageContaining("in use by another running Gezinsplan");
            assertThat(running.connect()).isNotNull();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theServerShutsDownWhenItsJvmDies() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, 0)) {
            ProcessHandle server = ProcessHandle.of(LeftoverServer.postmasterPid(folder).orElseThrow()).orElseThrow();

            database.watchdogPipe().close();

            server.onExit().get(60, TimeUnit.SECONDS);
            assertThat(database.isRunning()).isFalse();
        }
    }

    @Test
    void aDatabasePortTakenByAnotherProgramIsRefusedWithAClearMessage() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(folder, other.getLocalPort()))
                    .isInstanceOf(DatabaseFailure.class)
                    .hasMessage("Port " + other.getLocalPort() + " for the embedded database is in use by another"
                            + " program; choose another with GEZINSPLAN_DB_PORT, or 0 for any free port.");
        }
    }

    private static void assertRefusedWithoutPassword(EmbeddedDatabase database) {
        assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl()).close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
        assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "guess").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
    }

    private static String setting(EmbeddedDatabase database, String name) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("show " + name)) {
            result.next();
            return result.getString(1);
        }
    }
}
