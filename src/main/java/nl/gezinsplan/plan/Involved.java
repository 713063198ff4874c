package nl.gezinsplan.plan;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** Someone involved with the family: a professional or someone from the family's network. */
@Table("plan_involved")
public record Involved(UUID itemKey, String name, String organisation, String role, InvolvedKind kind)
        implements PlanItem {

    public static Involved create(String name, String organisation, String role, InvolvedKind kind) {
        return new Involved(UUID.randomUUID(), name, organisation, role, kind);
    }
}
