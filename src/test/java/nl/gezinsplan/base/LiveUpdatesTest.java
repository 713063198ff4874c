package nl.gezinsplan.base;

import static nl.gezinsplan.LiveDelivery.eventually;
import static nl.gezinsplan.LiveDelivery.fromAnotherSession;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import nl.gezinsplan.ViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Live updates between two nodes of the application: this test's own {@link LiveUpdates} is a second node on the same
 * database, beside the application's. A screen is a component in a (browserless) UI; what a node delivers waits in
 * the UI's queue, as it would for the push, until the test lets the UI run it.
 */
class LiveUpdatesTest extends ViewTest {

    private static final AtomicLong TOPICS = new AtomicLong(System.nanoTime());

    @Autowired
    LiveUpdates application;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    private LiveUpdates otherNode;

    @BeforeEach
    void startOtherNode() {
        otherNode = new LiveUpdates(dataSource);
        otherNode.start();
    }

    @AfterEach
    void stopOtherNode() {
        otherNode.stop();
    }

    @Test
    void aChangeOnOneNodeRefreshesTheScreensOnEveryNode() {
        String topic = topic();
        AtomicInteger here = screenListening(application, topic);
        AtomicInteger there = screenListening(otherNode, topic);

        fromAnotherSession(() -> application.changed(topic));
        eventually(() -> here.get() == 1 && there.get() == 1);

        fromAnotherSession(() -> otherNode.changed(topic));
        eventually(() -> here.get() == 2 && there.get() == 2);
    }

    @Test
    void aChangeGoesOutWhenItsTransactionCommitsAndNotWhenItRollsBack() {
        String committed = topic();
        String rolledBack = topic();
        AtomicInteger afterCommit = screenListening(otherNode, committed);
        AtomicInteger afterRollback = screenListening(otherNode, rolledBack);

        transaction.executeWithoutResult(status -> {
            fromAnotherSession(() -> application.changed(rolledBack));
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> {
            fromAnotherSession(() -> application.changed(committed));
            assertThat(afterCommit).as("not before the commit").hasValue(0);
        });

        // one node sends its topics in order: once the later one arrived, the earlier one would have
        eventually(() -> afterCommit.get() == 1);
        assertThat(afterRollback).hasValue(0);
    }

    @Test
    void aBurstOfChangesIsOneRefreshOfAScreen() {
        String topic = topic();
        AtomicInteger refreshes = screenListening(otherNode, topic);

        for (int change = 0; change < 20; change++) {
            fromAnotherSession(() -> application.changed(topic));
        }
        String later = topic();
        AtomicInteger marker = screenListening(otherNode, later);
        fromAnotherSession(() -> application.changed(later));

        eventually(() -> marker.get() == 1 && refreshes.get() >= 1);
        assertThat(refreshes.get()).as("a few refreshes a second at most").isLessThanOrEqualTo(2);
    }

    @Test
    void theScreenWhereTheUserMadeTheChangeIsNotBuiltAnewOthersAre() {
        String topic = topic();
        String later = topic();
        AtomicInteger mine = screenListening(application, topic);
        AtomicInteger markerHere = screenListening(application, later);
        // a UI of this node seen from the other node stands for someone else's screen there
        AtomicInteger elsewhere = screenListening(otherNode, topic);

        application.changed(topic);
        fromAnotherSession(() -> application.changed(later));

        eventually(() -> markerHere.get() == 1 && elsewhere.get() == 1);
        assertThat(mine).as("where the user clicked").hasValue(0);
    }

    @Test
    void aScreenThatIsClosedListensNoLonger() {
        int before = otherNode.listeners();
        Div screen = new Div();
        UI.getCurrent().add(screen);
        AtomicInteger refreshes = new AtomicInteger();
        otherNode.listen(screen, topic(), refreshes::incrementAndGet);
        assertThat(otherNode.listeners()).isEqualTo(before + 1);

        UI.getCurrent().remove(screen);
        assertThat(otherNode.listeners()).isEqualTo(before);

        UI.getCurrent().add(screen);
        assertThat(otherNode.listeners()).as("back on the screen").isEqualTo(before + 1);
    }

    @Test
    void listensAgainAfterTheDatabaseDroppedTheConnectionAndRefreshesWhatItMayHaveMissed() {
        String topic = topic();
        AtomicInteger refreshes = screenListening(otherNode, topic);

        // as a restart of the database does: every listening connection is cut off, this node's and the other's
        jdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity where query = 'LISTEN "
                + LiveChannel.NAME + "'").query().listOfRows();

        eventually(() -> refreshes.get() == 1);
        fromAnotherSession(() -> application.changed(topic));
        eventually(() -> refreshes.get() == 2);
    }

    private static String topic() {
        return "test:" + TOPICS.incrementAndGet();
    }

    /** A screen in the UI that counts how often it was refreshed on {@code node} for {@code topic}. */
    private static AtomicInteger screenListening(LiveUpdates node, String topic) {
        Div screen = new Div();
        UI.getCurrent().add(screen);
        AtomicInteger refreshes = new AtomicInteger();
        node.listen(screen, topic, refreshes::incrementAndGet);
        return refreshes;
    }
}
