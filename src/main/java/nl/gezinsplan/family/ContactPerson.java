package nl.gezinsplan.family;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A period in which a consultant was a family's one contact person; the current period has no end. */
@Table("contact_person")
public class ContactPerson {

    @Id
    private Long id;
    private Long familyId;
    private String username;
    private Instant startedAt;
    private Instant endedAt;
    private String assignedBy;

    ContactPerson() {
    }

    ContactPerson(long familyId, String username, Instant startedAt, String assignedBy) {
        this.familyId = familyId;
        this.username = username;
        this.startedAt = startedAt;
        this.assignedBy = assignedBy;
    }

    void end(Instant at) {
        this.endedAt = at;
    }

    public String username() {
        return username;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String assignedBy() {
        return assignedBy;
    }
}
