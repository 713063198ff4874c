package nl.gezinsplan.plan;

import java.time.LocalDate;
import java.util.UUID;
import nl.gezinsplan.base.Law;
import org.springframework.data.relational.core.mapping.Table;

/** What the family wants to reach, under one law, optionally for one member, with a result one can check. */
@Table("plan_goal")
public record Goal(UUID itemKey, Law law, Long personId, String description, String measurableResult,
                   LocalDate targetDate, GoalStatus status) implements PlanItem {

    public static Goal create(Law law, Long personId, String description, String measurableResult,
                              LocalDate targetDate, GoalStatus status) {
        return new Goal(UUID.randomUUID(), law, personId, description, measurableResult, targetDate, status);
    }
}
