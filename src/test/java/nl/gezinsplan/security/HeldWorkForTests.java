package nl.gezinsplan.security;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Work a test gives a user, added to what the modules that hold work count: lets the tests of deactivation make a
 * user hold work without building families and tasks for it. Holds nothing unless a test gives it.
 */
@Component
public class HeldWorkForTests implements HeldWork {

    private final Map<String, Long> held = new ConcurrentHashMap<>();

    public void give(String username, long items) {
        held.put(username.toLowerCase(Locale.ROOT), items);
    }

    public void takeAway(String username) {
        held.remove(username.toLowerCase(Locale.ROOT));
    }

    @Override
    public long heldBy(String username) {
        return held.getOrDefault(username.toLowerCase(Locale.ROOT), 0L);
    }
}
