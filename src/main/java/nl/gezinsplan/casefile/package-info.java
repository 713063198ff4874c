/** The family's case file (dossier): notes and documents on a family and on its requests. */
@OwnedTables({"case_note", "case_document"})
package nl.gezinsplan.casefile;

import nl.gezinsplan.base.OwnedTables;
