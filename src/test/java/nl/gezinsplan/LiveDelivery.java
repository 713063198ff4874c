package nl.gezinsplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for live updates in a browserless UI: what {@code LiveUpdates} delivers from its own threads waits in the UI's
 * queue, as it would for the push, until the test's thread lets the UI run it.
 */
public final class LiveDelivery {

    private LiveDelivery() {
    }

    /** Lets the UI run what was delivered to it until {@code done}, for at most ten seconds. */
    public static void eventually(BooleanSupplier done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            MockVaadin.runUIQueue();
            if (done.getAsBoolean()) {
                return;
            }
            assertThat(System.nanoTime()).as("delivered within ten seconds").isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                throw new IllegalStateException(interrupted);
            }
        }
    }

    /** Does {@code change} as in another session: not in the browserless UI, whose screens it shall refresh. */
    public static void fromAnotherSession(Runnable change) {
        UI ui = UI.getCurrent();
        UI.setCurrent(null);
        try {
            change.run();
        } finally {
            UI.setCurrent(ui);
        }
    }
}
