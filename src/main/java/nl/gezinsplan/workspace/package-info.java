/** Consultants' and managers' screens; their saved inbox filters. */
@OwnedTables({"inbox_filter"})
package nl.gezinsplan.workspace;

import nl.gezinsplan.base.OwnedTables;
