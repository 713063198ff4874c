package nl.gezinsplan.family;

import java.time.Clock;
import java.util.List;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.security.CurrentUser;
import nl.gezinsplan.security.DirectoryUser;
import nl.gezinsplan.security.HandOverRight;
import nl.gezinsplan.security.HeldWork;
import nl.gezinsplan.security.Role;
import nl.gezinsplan.security.UserDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The families of which a staff member is the contact person, as work they hold: counted before their account is
 * deactivated, and handed to colleagues when they leave ({@link HandOverRight}). By id only, never by name: an
 * administrator may hand them over but reads no case content.
 */
@Service
@Transactional
public class HeldFamilies implements HeldWork {

    private static final String HELD = """
            from contact_person where ended_at is null and lower(username) = lower(:username)""";

    private final ContactPersonRepository contactPersons;
    private final FamilyAccess access;
    private final HandOverRight right;
    private final CurrentUser currentUser;
    private final UserDirectory directory;
    private final JdbcClient jdbc;
    private final Clock clock;

    HeldFamilies(ContactPersonRepository contactPersons, FamilyAccess access, HandOverRight right,
                 CurrentUser currentUser, UserDirectory directory, JdbcClient jdbc, Clock clock) {
        this.contactPersons = contactPersons;
        this.access = access;
        this.right = right;
        this.currentUser = currentUser;
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public long heldBy(String username) {
        return jdbc.sql("select count(*) " + HELD).param("username", username).query(Long.class).single();
    }

    /** The ids of the families of which {@code username} is the contact person, for whoever may hand them over. */
    @Transactional(readOnly = true)
    public List<Long> of(String username) {
        right.require(username);
        return jdbc.sql("select family_id " + HELD + " order by family_id").param("username", username)
                .query(Long.class).list();
    }

    /**
     * Makes {@code to}, a consultant, the contact person of a family of {@code from}: their period ends and a new one
     * starts, assigned by the caller, on the family's audit trail. The caller checks that {@code to} is a colleague.
     */
    public void handOver(long familyId, String from, String to) {
        right.require(from);
        DirectoryUser consultant = consultant(to);
        ContactPerson current = contactPersons.findCurrent(familyId)
                .filter(contact -> contact.username().equalsIgnoreCase(from))
                .orElseThrow(() -> new InvalidInput("family.contact.changed", familyId));
        String actor = currentUser.require().username();
        startPeriod(current, familyId, consultant.username(), actor);
        access.recordChangeBy(familyId, actor, "audit.contact.assigned", consultant.fullName());
    }

    /** The active consultant of that name: only consultants are contact persons, and not once deactivated. */
    DirectoryUser consultant(String username) {
        return directory.findUser(username)
                .filter(user -> user.role() == Role.CONSULTANT && user.active())
                .orElseThrow(() -> new InvalidInput("family.contact.not-a-consultant", username));
    }

    /** Ends the current period, if any, and starts that of {@code username}. */
    void startPeriod(ContactPerson current, long familyId, String username, String assignedBy) {
        if (current != null) {
            current.end(clock.instant());
            contactPersons.save(current);
        }
        contactPersons.save(new ContactPerson(familyId, username, clock.instant(), assignedBy));
    }
}
