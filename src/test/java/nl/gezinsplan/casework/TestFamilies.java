package nl.gezinsplan.casework;

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

/** Test data: logged-in users and families with fictitious BSNs (9999…, passing the 11-check), unique per run. */
public final class TestFamilies {

    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(10_000));

    private TestFamilies() {
    }

    public static void loginAs(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Registers a family with one parent, as the logged-in consultant (who becomes its contact person). */
    public static Family register(Families families, String name) {
        Family family = new Family();
        family.setName(name);
        return families.create(family, member("Sam", name, LocalDate.of(1985, 3, 14), FamilyRole.PARENT));
    }

    public static Person member(String firstName, String lastName, LocalDate birthDate, FamilyRole role) {
        Person person = new Person();
        person.setFirstName(firstName);
        person.setLastName(lastName);
        person.setBirthDate(birthDate);
        person.setFamilyRole(role);
        person.setBsn(newBsn());
        return person;
    }

    static String newBsn() {
        while (true) {
            String first8 = "9999" + String.format("%04d", NEXT.getAndIncrement() % 10_000);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * (first8.charAt(i) - '0');
            }
            int check = sum % 11;
            if (check < 10 && Bsn.isValid(first8 + check)) {
                return first8 + check;
            }
        }
    }
}
