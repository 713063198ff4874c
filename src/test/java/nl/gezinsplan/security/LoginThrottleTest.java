package nl.gezinsplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import nl.gezinsplan.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The throttle's arithmetic, with the moments passed in (a clock moved by hand), and its counts shared by nodes. */
@IntegrationTest
class LoginThrottleTest {

    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    static final SecurityProperties PROPERTIES = new SecurityProperties(5, Duration.ofMinutes(15),
            Duration.ofHours(24), 20, Duration.ofSeconds(30));

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    LoginThrottle throttle;

    @BeforeEach
    void startCounting() {
        jdbc.sql("delete from failed_login").update();
        jdbc.sql("delete from failed_login_address").update();
        throttle = node();
    }

    /** A throttle as another node of a cluster has it: its own instance on the same database. */
    LoginThrottle node() {
        return new LoginThrottle(jdbc, transactions, PROPERTIES);
    }

    @Test
    void everyNodeCountsTheSameFailuresAndAnUnlockHoldsOnAll() {
        LoginThrottle otherNode = node();
        fail("beheer", "203.0.113.9", 3);
        otherNode.failed("beheer", "203.0.113.9", START);
        otherNode.failed("beheer", "203.0.113.9", START);

        assertThat(throttle.pausedUntil("beheer", "203.0.113.9", START)).contains(START.plus(Duration.ofMinutes(15)));
        assertThat(otherNode.lockedUntil("beheer", START)).contains(START.plus(Duration.ofMinutes(15)));

        throttle.forgive("beheer");

        assertThat(otherNode.pausedUntil("beheer", "203.0.113.9", START)).isEmpty();
    }

    @Test
    void aFailureStaysCountedWhenTheWorkAroundItIsRolledBack() {
        TransactionTemplate refused = new TransactionTemplate(transactions);
        for (int attempt = 0; attempt < 5; attempt++) {
            refused.executeWithoutResult(status -> {
                throttle.failed("beheer", "203.0.113.9", START);
                status.setRollbackOnly();
            });
        }

        assertThat(throttle.pausedUntil("beheer", "203.0.113.9", START)).isPresent();
    }

    @Test
    void fiveFailuresLockTheAccountAtThatAddressOnlyForFifteenMinutes() {
        fail("beheer", "203.0.113.9", 4);
        assertThat(throttle.pausedUntil("beheer", "203.0.113.9", START)).isEmpty();

        fail("beheer", "203.0.113.9", 1);

        assertThat(throttle.pausedUntil("BEHEER", "203.0.113.9", START)).contains(START.plus(Duration.ofMinutes(15)));
        assertThat(throttle.pausedUntil("beheer", "192.0.2.1", START)).as("the owner elsewhere").isEmpty();
        assertThat(throttle.pausedUntil("beheer", "203.0.113.9", START.plus(Duration.ofMinutes(15)))).isEmpty();
        assertThat(throttle.lockedUntil("beheer", START)).contains(START.plus(Duration.ofMinutes(15)));
    }

    @Test
    void everyFurtherFailureDoublesThePairsLockUpToADay() {
        fail("beheer", "203.0.113.9", 6);
        assertThat(throttle.pausedUntil("beheer", "203.0.113.9", START)).contains(START.plus(Duration.ofMinutes(30)));

        fail("beheer", "203.0.113.9", 1);
        assertThat(throttle.pausedUntil("beheer", "203.0.113.9", START)).contains(START.plus(Duration.ofMinutes(60)));

        fail("beheer", "203.0.113.9", 20);
        assertThat(throttle.pausedUntil("beheer", "203.0.113.9", START)).contains(START.plus(Duration.ofHours(24)));
    }

    @Test
    void anAddressTryingManyAccountsIsPausedForAllOfThem() {
        for (int account = 1; account <= 19; account++) {
            fail("guess" + account, "198.51.100.7", 1);
        }
        assertThat(throttle.pausedUntil("anna", "198.51.100.7", START)).isEmpty();

        fail("guess20", "198.51.100.7", 1);

        assertThat(throttle.pausedUntil("anna", "198.51.100.7", START)).contains(START.plus(Duration.ofMinutes(15)));
        assertThat(throttle.pausedUntil("anna", "198.51.100.8", START)).isEmpty();
        fail("guess21", "198.51.100.7", 1);
        assertThat(throttle.pausedUntil("anna", "198.51.100.7", START)).contains(START.plus(Duration.ofMinutes(30)));
    }

    @Test
    void aSuccessfulLoginForgetsThePairsFailuresButNotTheAddresses() {
        fail("anna", "192.0.2.5", 4);
        throttle.succeeded("ANNA", "192.0.2.5");
        fail("anna", "192.0.2.5", 4);

        assertThat(throttle.pausedUntil("anna", "192.0.2.5", START)).isEmpty();
        fail("other", "192.0.2.5", 12);
        assertThat(throttle.pausedUntil("anna", "192.0.2.5", START)).as("20 failures from the address").isPresent();
    }

    @Test
    void failuresADayOldAreForgotten() {
        fail("beheer", "203.0.113.9", 5);
        Instant nextDay = START.plus(Duration.ofHours(24)).plusSeconds(1);

        throttle.failed("beheer", "203.0.113.9", nextDay);

        assertThat(throttle.pausedUntil("beheer", "203.0.113.9", nextDay)).isEmpty();
    }

    @Test
    void theAdministratorUnlocksAnAccountAtEveryAddress() {
        fail("beheer", "203.0.113.9", 5);
        fail("beheer", "203.0.113.10", 5);
        fail("anna", "203.0.113.9", 5);

        throttle.forgive("Beheer");

        assertThat(throttle.pausedUntil("beheer", "203.0.113.9", START)).isEmpty();
        assertThat(throttle.pausedUntil("beheer", "203.0.113.10", START)).isEmpty();
        assertThat(throttle.pausedUntil("anna", "203.0.113.9", START)).isPresent();
    }

    private void fail(String username, String address, int times) {
        for (int attempt = 0; attempt < times; attempt++) {
            throttle.failed(username, address, START);
        }
    }
}
