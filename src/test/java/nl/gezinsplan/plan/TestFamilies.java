package nl.gezinsplan.plan;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import nl.gezinsplan.family.Bsn;
import nl.gezinsplan.family.Families;
import nl.gezinsplan.family.Family;
import nl.gezinsplan.family.FamilyRole;
import nl.gezinsplan.family.Person;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Test data: a logged-in consultant and families they registered, with test BSNs (9999…) unique in this run. */
public final class TestFamilies {

    /** Other tests share the database within a run, so this run's numbers start somewhere random. */
    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(10_000));

    private TestFamilies() {
    }

    /** Logs in as Spring Security would after a successful form login. */
    public static void loginAs(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** A family with one parent, registered by the logged-in consultant, who becomes its contact person. */
    public static Family register(Families families, String name) {
        Family family = new Family();
        family.setName(name);
        return families.create(family, member("Sam", name, FamilyRole.PARENT, LocalDate.of(1985, 3, 14)));
    }

    public static Person member(String firstName, String lastName, FamilyRole role, LocalDate birthDate) {
        Person person = new Person();
        person.setFirstName(firstName);
        person.setLastName(lastName);
        person.setFamilyRole(role);
        person.setBirthDate(birthDate);
        person.setBsn(nextBsn());
        return person;
    }

    /** 9999, four digits of a serial, and the check digit that passes the 11-check; serials without one are skipped. */
    public static String nextBsn() {
        while (true) {
            String start = "9999" + String.format("%04d", SERIAL.getAndIncrement() % 10_000);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * (start.charAt(i) - '0');
            }
            int check = sum % 11;
            if (check < 10 && Bsn.isValid(start + check)) {
                return start + check;
            }
        }
    }
}
