/** The versioned family plan and the family's consent to it. */
@OwnedTables({"plan_version", "plan_goal", "plan_agreement", "plan_involved", "plan_consent"})
@PublishedViews({"plan_version_facts", "plan_goal_facts"})
package nl.gezinsplan.plan;

import nl.gezinsplan.base.OwnedTables;
import nl.gezinsplan.base.PublishedViews;
