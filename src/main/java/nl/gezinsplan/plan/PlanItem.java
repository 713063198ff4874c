package nl.gezinsplan.plan;

import java.util.UUID;

/** A goal, agreement or person involved: its key stays the same from version to version, so versions compare. */
public sealed interface PlanItem permits Goal, Agreement, Involved {

    UUID itemKey();
}
