package nl.gezinsplan.casework;

import java.util.concurrent.atomic.AtomicInteger;

/** Product codes that are new in this run's catalogue (the test database is shared by the whole run). */
public final class TestCatalogue {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestCatalogue() {
    }

    public static String newCode() {
        return "TEST" + NEXT.incrementAndGet();
    }
}
