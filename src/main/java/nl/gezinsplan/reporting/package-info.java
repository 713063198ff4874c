/** The council's monitor and the allocation-history import. */
@OwnedTables({"allocation_import", "allocation_history", "monitor_allocation"})
package nl.gezinsplan.reporting;

import nl.gezinsplan.base.OwnedTables;
