package nl.gezinsplan.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Screens that change while they are open: a module says that something changed ({@link #changed}), and every open
 * screen that listens to that topic ({@link #listen}) refreshes itself in its own UI.
 */
@Service
public class LiveUpdates {

    /** Any task of any route: created, taken, handed over, finished. */
    public static final String TASKS = "tasks";

    private final Map<String, Set<Runnable>> listeners = new ConcurrentHashMap<>();
    // A UI may be entered only by a thread that holds no other session's lock, so not by the request thread that saved.
    private final ExecutorService delivery = Executors.newSingleThreadExecutor();

    /** What happens in one family: its page in the application and its portal. */
    public static String family(long familyId) {
        return "family:" + familyId;
    }

    /** What is for one user only: their notifications. */
    public static String user(String username) {
        return "user:" + username.toLowerCase();
    }

    /** Says that what {@code topic} names changed: once the current transaction commits, or at once outside one. */
    public void changed(String topic) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(topic);
                }
            });
        } else {
            deliver(topic);
        }
    }

    /** Runs {@code onChange} in the component's UI whenever {@code topic} changes, while the component is attached. */
    public void listen(Component component, String topic, Runnable onChange) {
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Runnable listener = () -> ui.access(onChange::run);
            listeners.computeIfAbsent(topic, key -> ConcurrentHashMap.newKeySet()).add(listener);
            attach.unregisterListener();
            component.addDetachListener(detach -> {
                listeners.getOrDefault(topic, Set.of()).remove(listener);
                detach.unregisterListener();
                listen(component, topic, onChange);
            });
        });
    }

    private void deliver(String topic) {
        Set<Runnable> listening = listeners.getOrDefault(topic, Set.of());
        delivery.execute(() -> listening.forEach(Runnable::run));
    }
}
