package nl.gezinsplan.casework;

import java.util.concurrent.atomic.AtomicInteger;

/** Product codes and AGB codes that are new in this run's catalogue (the test database is shared by the whole run). */
public final class TestCatalogue {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestCatalogue() {
    }

    public static String newCode() {
        return "TEST" + NEXT.incrementAndGet();
    }

    /** An AGB code no provider of the catalogue has: the 99 of no kind of care, then six digits. */
    public static String newAgbCode() {
        return "99%06d".formatted(NEXT.incrementAndGet());
    }
}
