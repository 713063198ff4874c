/** The versioned family plan and the family's consent to it. */
@OwnedTables({"plan_version", "plan_goal", "plan_agreement", "plan_involved", "plan_consent"})
package nl.gezinsplan.plan;

import nl.gezinsplan.base.OwnedTables;
