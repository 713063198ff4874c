package nl.gezinsplan.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --backup} and {@code --restore} on a data folder, as an operator runs them with the application stopped. */
class DatabaseCommandsTest {

    @TempDir
    Path temp;

    @Test
    void aRestoreBringsBackTheDataAsAtTheBackupAndKeepsTheFolderItReplaces() throws Exception {
        Path folder = temp.resolve("postgres");
        Path backup = temp.resolve("gezinsplan-backup.zip");
        execute(folder, "create table note (what text); insert into note values ('before the backup')");

        assertThat(command(folder, "--backup=" + backup)).isZero();
        execute(folder, "update note set what = 'after the backup'; create table later (id int)");
        assertThat(command(folder, "--restore=" + backup)).isZero();

        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, 0);
             Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet notes = statement.executeQuery("select what, to_regclass('later') is null from note")) {
            assertThat(notes.next()).isTrue();
            assertThat(notes.getString(1)).isEqualTo("before the backup");
            assertThat(notes.getBoolean(2)).as("a table created after the backup is gone").isTrue();
        }
        try (var siblings = Files.list(temp)) {
            assertThat(siblings.map(path -> path.getFileName().toString())).anyMatch(name -> name.startsWith("postgres-before-restore-"));
        }
    }

    @Test
    void neitherRunsWhileTheApplicationUsesTheFolder() throws Exception {
        Path folder = temp.resolve("postgres");
        Path backup = temp.resolve("gezinsplan-backup.zip");
        try (EmbeddedDatabase running = EmbeddedDatabase.start(folder, 0)) {
            assertThat(command(folder, "--backup=" + backup)).isEqualTo(1);
            assertThat(backup).doesNotExist();
            Files.writeString(backup, "");
            assertThat(command(folder, "--restore=" + backup)).isEqualTo(1);
            assertThat(running.isRunning()).isTrue();
            assertThat(temp.resolve("postgres")).as("the folder was not moved aside").isDirectory();
        }
    }

    private static int command(Path folder, String command) {
        return DatabaseCommands.run(new String[] {"--gezinsplan.database.data-dir=" + folder, command});
    }

    private static void execute(Path folder, String sql) throws SQLException {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, 0);
             Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
