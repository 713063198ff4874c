/** Families, persons, the contact person, the teams that may open a family, family members' portal logins. */
@OwnedTables({"family", "person", "contact_person", "family_team", "family_account"})
package nl.gezinsplan.family;

import nl.gezinsplan.base.OwnedTables;
