package nl.gezinsplan.plan;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** The family plan as saved at one moment; never changed afterwards, a change is the next version. */
@Table("plan_version")
public record PlanVersion(
        @Id Long id,
        long familyId,
        int number,
        String author,
        Instant createdAt,
        @MappedCollection(idColumn = "plan_version", keyColumn = "position") List<Goal> goals,
        @MappedCollection(idColumn = "plan_version", keyColumn = "position") List<Agreement> agreements,
        @MappedCollection(idColumn = "plan_version", keyColumn = "position") List<Involved> involved) {

    public PlanVersion {
        goals = copyOf(goals);
        agreements = copyOf(agreements);
        involved = copyOf(involved);
    }

    public int professionalsInvolved() {
        return (int) involved.stream().filter(person -> person.kind() == InvolvedKind.PROFESSIONAL).count();
    }

    /** Whether {@code draft} holds exactly this version's items, in the same order: saving it would change nothing. */
    boolean sameContentAs(PlanDraft draft) {
        return goals.equals(draft.goals()) && agreements.equals(draft.agreements()) && involved.equals(draft.involved());
    }

    /** Spring Data JDBC hands over no list when a version has no items of a kind. */
    private static <T> List<T> copyOf(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }
}
