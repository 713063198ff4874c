package nl.gezinsplan.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * {@code --backup=FILE} and {@code --restore=FILE}: a file-system backup of the embedded database's folder, taken
 * and put back while the application is stopped (PostgreSQL's "file system level backup"; the bundled PostgreSQL has
 * no pg_dump). The folder is found as the application finds it, from the same settings.
 */
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public final class DatabaseCommands {

    private static final String BACKUP = "backup";
    private static final String RESTORE = "restore";

    /** Whether the command line asks for a backup or restore instead of the application. */
    public static boolean requested(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith("--" + BACKUP + "=") || arg.startsWith("--" + RESTORE + "="));
    }

    /** Carries out the backup or restore the command line asks for; returns the process's exit code. */
    public static int run(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DatabaseCommands.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args)) {
            Environment environment = context.getEnvironment();
            if (!environment.getProperty("spring.datasource.url", "").isEmpty()) {
                throw new DatabaseFailure("The application uses an external PostgreSQL: back it up with that server's "
                        + "own tools (pg_dump, pg_basebackup).");
            }
            Path folder = context.getBean(EmbeddedDatabaseProperties.class).folder();
            if (folder == null) {
                throw new DatabaseFailure("No data folder is set (gezinsplan.database.data-dir).");
            }
            folder = folder.toAbsolutePath();
            String backup = environment.getProperty(BACKUP);
            if (backup != null) {
                backUp(folder, Path.of(backup).toAbsolutePath());
            } else {
                restore(Path.of(environment.getProperty(RESTORE)).toAbsolutePath(), folder);
            }
            return 0;
        } catch (DatabaseFailure | IOException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    private static void backUp(Path folder, Path archive) throws IOException {
        if (!Files.exists(folder.resolve("PG_VERSION"))) {
            throw new DatabaseFailure("There is no database in " + folder + " to back up.");
        }
        // a start and a clean stop: recovers from a crash, refuses while the application runs, ends in a checkpoint
        EmbeddedDatabase.start(folder, 0).close();
        FolderArchive.write(folder, archive);
        System.out.println("Backed up " + folder + " to " + archive);
    }

    private static void restore(Path archive, Path folder) throws IOException {
        if (!Files.isRegularFile(archive)) {
            throw new DatabaseFailure("There is no backup " + archive + ".");
        }
        Path previous = null;
        if (Files.exists(folder)) {
            LeftoverServer.stopIfAny(folder);
            previous = folder.resolveSibling(folder.getFileName() + "-before-restore-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            Files.move(folder, previous);
        }
        FolderArchive.read(archive, folder);
        // proves the restored folder starts, before anyone relies on it
        EmbeddedDatabase.start(folder, 0).close();
        System.out.println("Restored " + archive + " to " + folder
                + (previous == null ? "" : "; the folder it replaced is kept as " + previous));
    }
}
