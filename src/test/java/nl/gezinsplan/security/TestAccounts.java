package nl.gezinsplan.security;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Accounts of this package's tests, each new, so that resetting or renaming one touches no demo user. */
final class TestAccounts {

    static final String PASSWORD = "mijn oude wachtwoord";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestAccounts() {
    }

    static String consultant(UserAccounts accounts, String name) {
        String username = name + "-" + NEXT.incrementAndGet();
        accounts.createIfAbsent(username, "Test", name, null, PASSWORD, Role.CONSULTANT, Set.of("wmo"));
        return username;
    }
}
