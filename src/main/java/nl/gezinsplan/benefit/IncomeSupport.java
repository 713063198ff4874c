package nl.gezinsplan.benefit;

import java.time.LocalDate;
import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Product;
import nl.gezinsplan.casework.Provision;
import nl.gezinsplan.casework.ProvisionStatus;

/**
 * A right to income support (bijstand): a provision of the Participatiewet in the product category of the benefit.
 * Re-integration, sheltered work and debt help are Participatiewet provisions too, but no right that is re-examined or
 * lowered by a measure.
 *
 * @param provision the granted provision that is the right
 * @param product   its product, which says whether it is income support
 */
record IncomeSupport(Provision provision, Product product) {

    /** The catalogue's category of the benefit (PW01 single, PW02 married). */
    public static final String CATEGORY = "PW";

    static boolean is(Law law, String categoryCode) {
        return law == Law.PARTICIPATIEWET && CATEGORY.equals(categoryCode);
    }

    /** Refuses a provision that is no right to income support, or not one that is granted and running on {@code day}. */
    IncomeSupport requireRunningOn(LocalDate day) {
        if (!is(product.getLaw(), product.getCategoryCode())) {
            throw new InvalidInput("benefit.right.not-income-support", product.getName());
        }
        if (provision.getStatus() != ProvisionStatus.GRANTED
                || !provision.getStatus().isOpenOn(provision.getAllocationEnd(), day)) {
            throw new InvalidInput("benefit.right.not-running");
        }
        return this;
    }

    long familyId() {
        return provision.getFamilyId();
    }

    long personId() {
        return provision.getPersonId();
    }

    LocalDate start() {
        return provision.getAllocationStart();
    }

    /** The last day of the right; null while it has no end. */
    LocalDate end() {
        return provision.getAllocationEnd();
    }
}
