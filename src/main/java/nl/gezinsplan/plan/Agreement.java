package nl.gezinsplan.plan;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** Who does what, and by when. */
@Table("plan_agreement")
public record Agreement(UUID itemKey, String party, String action, LocalDate dueDate) implements PlanItem {

    public static Agreement create(String party, String action, LocalDate dueDate) {
        return new Agreement(UUID.randomUUID(), party, action, dueDate);
    }
}
