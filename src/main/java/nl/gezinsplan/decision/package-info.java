/** Decision letters (beschikkingen). */
@OwnedTables({"decision_letter"})
package nl.gezinsplan.decision;

import nl.gezinsplan.base.OwnedTables;
