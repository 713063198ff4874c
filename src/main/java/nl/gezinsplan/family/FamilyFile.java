package nl.gezinsplan.family;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A family as its file opens: the household, its members and its contact person. */
public record FamilyFile(Family family, List<Person> members, Optional<Contact> contactPerson) {

    /** The contact person as colleagues see them. */
    public record Contact(String username, String fullName, String email, Instant since) {
    }
}
