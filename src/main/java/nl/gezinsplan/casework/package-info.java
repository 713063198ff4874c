/** Requests and provisions, the product catalogue and providers. */
@OwnedTables({"request", "approval_verdict", "provision", "product", "provider"})
package nl.gezinsplan.casework;

import nl.gezinsplan.base.OwnedTables;
