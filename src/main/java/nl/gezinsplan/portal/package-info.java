/** What family members see and do: invitations, questions, feedback on care. */
@OwnedTables({"family_invitation", "family_question", "care_delivery", "care_rating", "portal_letter_seen",
        "failed_activation"})
@PublishedViews({"portal_care_rating_facts", "portal_care_delivery_facts"})
package nl.gezinsplan.portal;

import nl.gezinsplan.base.OwnedTables;
import nl.gezinsplan.base.PublishedViews;
