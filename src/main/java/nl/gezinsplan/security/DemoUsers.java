package nl.gezinsplan.security;

import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** One demo user per role and team, created on first start and left alone after that. */
@Component
@Order(0)
@ConditionalOnProperty(name = "gezinsplan.demo.enabled", havingValue = "true")
public class DemoUsers implements ApplicationRunner {

    /** Every demo user has this password. */
    public static final String PASSWORD = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    record DemoUser(String username, String firstName, String lastName, Role role, Set<String> teams) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("anna", "Anna", "de Vries", Role.CONSULTANT, Set.of("jeugd")),
            new DemoUser("bram", "Bram", "Jansen", Role.CONSULTANT, Set.of("jeugd")),
            new DemoUser("carla", "Carla", "Bakker", Role.CONSULTANT, Set.of("wmo")),
            new DemoUser("daan", "Daan", "Visser", Role.CONSULTANT, Set.of("participatie")),
            new DemoUser("marieke", "Marieke", "Smit", Role.MANAGER, Set.of("jeugd", "wmo")),
            new DemoUser("mohamed", "Mohamed", "El Amrani", Role.MANAGER, Set.of("participatie")),
            new DemoUser("petra", "Petra", "de Boer", Role.PANEL, Set.of("panel")),
            new DemoUser("sanne", "Sanne", "Mulder", Role.FAMILY, Set.of()),
            new DemoUser("beheer", "Bert", "Beheer", Role.ADMIN, Set.of()));

    private final UserAccounts accounts;

    DemoUsers(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        long created = USERS.stream()
                .filter(user -> accounts.createIfAbsent(user.username(), user.firstName(), user.lastName(),
                        user.username() + "@gezinsplan.example", PASSWORD, user.role(), user.teams()))
                .count();
        if (created > 0) {
            log.info("Created {} demo users", created);
        }
    }

    /** For the start-up line: who can log in. */
    public String describe() {
        return USERS.stream()
                .map(user -> user.username() + " (" + user.role().name().toLowerCase() + ")")
                .reduce((a, b) -> a + ", " + b)
                .orElse("") + " with password '" + PASSWORD + "'";
    }
}
