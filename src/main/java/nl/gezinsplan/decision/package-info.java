/** Decision letters (beschikkingen). */
@OwnedTables({"decision_letter", "decision_motivation"})
package nl.gezinsplan.decision;

import nl.gezinsplan.base.OwnedTables;
