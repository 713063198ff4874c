/** The family's case file (dossier): notes on a family and on its requests. */
@OwnedTables({"case_note"})
package nl.gezinsplan.casefile;

import nl.gezinsplan.base.OwnedTables;
