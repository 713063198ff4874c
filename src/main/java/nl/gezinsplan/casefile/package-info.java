/** The family's case file: its documents (and notes). */
@OwnedTables({"case_document"})
package nl.gezinsplan.casefile;

import nl.gezinsplan.base.OwnedTables;
