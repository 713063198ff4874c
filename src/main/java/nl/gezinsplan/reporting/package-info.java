/** The council's monitor and the allocation-history import. */
@OwnedTables({"provision_import", "provision_history", "chained_history", "monitor_provision", "programme_measure"})
package nl.gezinsplan.reporting;

import nl.gezinsplan.base.OwnedTables;
