/**
 * Objections (bezwaar, General Administrative Law Act chapters 6 and 7) against decisions on requests: registration,
 * admissibility, the informal talk, the hearing, the committee's advice, the decision on the objection and its letter.
 */
@OwnedTables({"objection", "objection_document", "objection_letter"})
@PublishedViews({"objection_facts"})
package nl.gezinsplan.objection;

import nl.gezinsplan.base.OwnedTables;
import nl.gezinsplan.base.PublishedViews;
