/** Requests and provisions, the product catalogue and providers. */
@OwnedTables({"request", "approval_verdict", "provision", "product", "provider", "provider_product",
        "research_report", "term_suspension", "term_extension"})
@PublishedViews({"casework_provision_facts", "casework_request_facts", "casework_product_facts"})
package nl.gezinsplan.casework;

import nl.gezinsplan.base.OwnedTables;
import nl.gezinsplan.base.PublishedViews;
