package nl.gezinsplan.base;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The topics of {@link LiveUpdates} between the nodes of the application, through PostgreSQL's {@code NOTIFY} and
 * {@code LISTEN}. Every node sends its changes with {@code pg_notify} (off the caller's thread, several at once in one
 * statement) and hears everyone's, its own included, on one connection kept for listening, in one thread. When that
 * connection breaks (the database restarted), the thread connects again, waiting longer each time up to
 * {@link #MAX_PAUSE}, and then says that everything may have changed: what was sent meanwhile was not heard.
 */
final class LiveChannel {

    /** The PostgreSQL channel of all topics. */
    static final String NAME = "gezinsplan_live";

    private static final Logger log = LoggerFactory.getLogger(LiveChannel.class);
    private static final Duration WAIT = Duration.ofSeconds(1);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(30);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

    private final DataSource dataSource;
    private final Consumer<String> heard;
    private final Runnable heardNothingForAWhile;
    private final Set<String> outgoing = ConcurrentHashMap.newKeySet();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "live-updates-sender");
        thread.setDaemon(true);
        return thread;
    });
    private final CountDownLatch listening = new CountDownLatch(1);
    private volatile boolean running;
    private Thread listener;

    LiveChannel(DataSource dataSource, Consumer<String> heard, Runnable heardNothingForAWhile) {
        this.dataSource = dataSource;
        this.heard = heard;
        this.heardNothingForAWhile = heardNothingForAWhile;
    }

    /** Sends {@code message} to every node soon; a message already waiting to go is not sent twice. */
    void send(String message) {
        if (outgoing.add(message)) {
            try {
                sender.execute(this::flush);
            } catch (RejectedExecutionException stopping) {
                outgoing.remove(message);
            }
        }
    }

    private void flush() {
        List<String> messages = new ArrayList<>(outgoing);
        if (messages.isEmpty()) {
            return;
        }
        outgoing.removeAll(messages);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement notify = connection.prepareStatement("select pg_notify(?, m) from unnest(?) m")) {
            Array array = connection.createArrayOf("text", messages.toArray());
            notify.setString(1, NAME);
            notify.setArray(2, array);
            notify.execute();
        } catch (SQLException failed) {
            // the other nodes miss it, and hear "everything" once their own connection is back; this node need not
            log.warn("Could not send {} live updates to the other nodes: {}", messages.size(), failed.getMessage());
            messages.forEach(heard);
        }
    }

    /** Starts listening, and waits a little for the first {@code LISTEN}, so that nothing sent after start is missed. */
    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        listener = new Thread(this::listen, "live-updates-listener");
        listener.setDaemon(true);
        listener.start();
        try {
            if (!listening.await(10, TimeUnit.SECONDS)) {
                log.warn("Live updates: not yet listening on the database; screens of other nodes may not refresh");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized void stop() {
        running = false;
        sender.shutdown();
        if (listener != null) {
            listener.interrupt();
            try {
                listener.join(WAIT.multipliedBy(3).toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    boolean isRunning() {
        return running;
    }

    private void listen() {
        Duration pause = WAIT;
        boolean reconnected = false;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + NAME);
                }
                listening.countDown();
                if (reconnected) {
                    log.info("Live updates: listening on the database again");
                    heardNothingForAWhile.run();
                }
                pause = WAIT;
                hear(connection);
            } catch (SQLException | RuntimeException broken) {
                if (!running) {
                    return;
                }
                log.warn("Live updates: lost the database ({}); trying again in {} s", broken.getMessage(),
                        pause.toSeconds());
                reconnected = true;
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /** Hands every message heard on to the screens, until the node stops or the connection breaks. */
    private void hear(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        long lastCheck = System.nanoTime();
        while (running) {
            PGNotification[] notifications = postgres.getNotifications((int) WAIT.toMillis());
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    heard.accept(notification.getParameter());
                }
            }
            // a connection that died without a word (a network gone) throws only when used
            if (System.nanoTime() - lastCheck > CHECK_EVERY.toNanos()) {
                if (!connection.isValid(5)) {
                    throw new SQLException("the listening connection is no longer valid");
                }
                lastCheck = System.nanoTime();
            }
        }
    }
}
