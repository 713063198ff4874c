/**
 * A Participatiewet right to income support (bijstand, a granted provision of the product category
 * {@link nl.gezinsplan.benefit.IncomeSupport#CATEGORY}): its periodic re-examination (heronderzoek) and the measures
 * (maatregelen) imposed on it. Both are decisions with a letter (made by {@code decision}); payments stay outside
 * Gezinsplan.
 */
@OwnedTables({"reexamination", "measure"})
package nl.gezinsplan.benefit;

import nl.gezinsplan.base.OwnedTables;
