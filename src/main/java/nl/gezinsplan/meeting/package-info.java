/** The reports of meetings and perspective talks. */
@OwnedTables({"meeting"})
package nl.gezinsplan.meeting;

import nl.gezinsplan.base.OwnedTables;
