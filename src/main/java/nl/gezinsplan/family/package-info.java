/** Families, persons, the contact person, the teams that may open a family, family members' portal logins. */
@OwnedTables({"family", "person", "contact_person", "family_team", "family_account"})
@PublishedViews({"family_person_facts", "family_facts", "family_contact_person_facts"})
package nl.gezinsplan.family;

import nl.gezinsplan.base.OwnedTables;
import nl.gezinsplan.base.PublishedViews;
