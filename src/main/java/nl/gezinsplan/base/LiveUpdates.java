package nl.gezinsplan.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Screens that change while they are open: a module says that something changed ({@link #changed}), and every open
 * screen that listens to that topic ({@link #listen}), on every node of the application, refreshes itself in its own
 * UI; server push (base.AppShell) brings the change to the browser.
 * <p>
 * Between nodes the topic travels through PostgreSQL ({@code pg_notify} on {@link LiveChannel#NAME}, heard by one
 * listening connection per node, see {@link LiveChannel}); a node hears its own changes the same way. A screen
 * refreshes at most every {@link #INTERVAL}: a burst of changes (a route completing three tasks) is one refresh.
 * Listeners belong to attached components only, so a closed screen or an expired session leaves nothing behind.
 */
@Service
public class LiveUpdates implements SmartLifecycle {

    /** Any task of any route: created, taken, handed over, finished. */
    public static final String TASKS = "tasks";

    /** A family's question or a consultant's answer in the portal, in any family: the staff's list of questions. */
    public static final String FAMILY_QUESTIONS = "family-questions";

    /** The least time between two refreshes of one screen for one topic. */
    static final Duration INTERVAL = Duration.ofMillis(500);

    /** How long a first change waits for the rest of its burst. */
    private static final Duration GATHER = Duration.ofMillis(100);

    /** Between a topic and the UI it was changed in, if any, in a message between the nodes. */
    private static final char ORIGIN = '|';

    private final Map<String, Set<Subscription>> subscriptions = new ConcurrentHashMap<>();
    private final String node = UUID.randomUUID().toString();
    private final LiveChannel channel;
    // A UI may be entered only by a thread that holds no other session's lock, so not by the request thread that saved
    private final ScheduledExecutorService delivery = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "live-updates-delivery");
        thread.setDaemon(true);
        return thread;
    });

    public LiveUpdates(DataSource dataSource) {
        this.channel = new LiveChannel(dataSource, this::deliver, this::deliverEverything);
    }

    /** What happens in one family: its page in the application and its portal. */
    public static String family(long familyId) {
        return "family:" + familyId;
    }

    /** What is for one user only: their notifications. */
    public static String user(String username) {
        return "user:" + username.toLowerCase();
    }

    /**
     * Says that what {@code topic} names changed: once the current transaction commits, or at once outside one. Call it
     * inside the transaction that makes the change (or in a reaction's own, {@link AfterCommit}): from the after-commit
     * phase of a transaction still bound to the thread (a plain {@code @TransactionalEventListener}) Spring would never
     * run what it registers.
     */
    public void changed(String topic) {
        // the screen where the user made the change showed it already: it need not, and must not, be built anew
        String message = topic + ORIGIN + Optional.ofNullable(UI.getCurrent()).map(this::keyOf).orElse("");
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    channel.send(message);
                }
            });
        } else {
            channel.send(message);
        }
    }

    /** This node's name for a UI, unique among the nodes. */
    private String keyOf(UI ui) {
        return node + "/" + System.identityHashCode(ui) + "/" + ui.getUIId();
    }

    /**
     * Runs {@code onChange} in the component's UI whenever {@code topic} changes, while the component is attached;
     * the registration ends the listening before the component goes (a screen that shows another family).
     */
    public Registration listen(Component component, String topic, Runnable onChange) {
        AtomicReference<Subscription> current = new AtomicReference<>();
        Runnable subscribe = () -> component.getUI().ifPresent(ui -> {
            Subscription subscription = new Subscription(topic, ui, onChange);
            subscriptions.compute(topic, (key, listening) -> {
                Set<Subscription> all = listening == null ? ConcurrentHashMap.newKeySet() : listening;
                all.add(subscription);
                return all;
            });
            Optional.ofNullable(current.getAndSet(subscription)).ifPresent(this::remove);
        });
        Runnable unsubscribe = () -> Optional.ofNullable(current.getAndSet(null)).ifPresent(this::remove);
        Registration attach = component.addAttachListener(attached -> subscribe.run());
        Registration detach = component.addDetachListener(detached -> unsubscribe.run());
        if (component.isAttached()) {
            subscribe.run();
        }
        return () -> {
            attach.remove();
            detach.remove();
            unsubscribe.run();
        };
    }

    /** The screens listening on this node, for the tests that prove none is left behind. */
    int listeners() {
        return subscriptions.values().stream().mapToInt(Set::size).sum();
    }

    private void remove(Subscription subscription) {
        subscriptions.computeIfPresent(subscription.topic, (topic, listening) -> {
            listening.remove(subscription);
            return listening.isEmpty() ? null : listening;
        });
    }

    private void deliver(String message) {
        int separator = message.lastIndexOf(ORIGIN);
        String topic = separator < 0 ? message : message.substring(0, separator);
        String origin = separator < 0 ? "" : message.substring(separator + 1);
        subscriptions.getOrDefault(topic, Set.of()).stream()
                .filter(subscription -> !origin.equals(keyOf(subscription.ui)))
                .forEach(Subscription::changed);
    }

    /** After the node could not hear the others for a while: anything may have changed. */
    private void deliverEverything() {
        subscriptions.values().forEach(listening -> listening.forEach(Subscription::changed));
    }

    @Override
    public void start() {
        channel.start();
    }

    @Override
    public void stop() {
        channel.stop();
        delivery.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return channel.isRunning();
    }

    /** One screen's listening to one topic: refreshes it at most every {@link #INTERVAL}, never on the caller's thread. */
    private final class Subscription {

        private final String topic;
        private final UI ui;
        private final Runnable onChange;
        private final AtomicBoolean due = new AtomicBoolean();
        private volatile long lastRun;

        Subscription(String topic, UI ui, Runnable onChange) {
            this.topic = topic;
            this.ui = ui;
            this.onChange = onChange;
        }

        void changed() {
            if (due.compareAndSet(false, true)) {
                long wait = Math.max(GATHER.toMillis(), lastRun + INTERVAL.toMillis() - System.currentTimeMillis());
                try {
                    delivery.schedule(this::run, wait, TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException stopping) {
                    due.set(false);
                }
            }
        }

        private void run() {
            due.set(false);
            lastRun = System.currentTimeMillis();
            try {
                ui.access(onChange::run);
            } catch (UIDetachedException gone) {
                remove(this);
            }
        }
    }
}
