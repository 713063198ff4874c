package nl.gezinsplan.benefit;

import nl.gezinsplan.base.InvalidInput;
import nl.gezinsplan.casework.CaseFacts;
import nl.gezinsplan.casework.Catalogue;
import nl.gezinsplan.casework.Provision;
import org.springframework.stereotype.Component;

/** Finds the right to income support that a provision is, for the services that check their caller themselves. */
@Component
class Rights {

    private final CaseFacts cases;
    private final Catalogue catalogue;

    Rights(CaseFacts cases, Catalogue catalogue) {
        this.cases = cases;
        this.catalogue = catalogue;
    }

    IncomeSupport of(long provisionId) {
        Provision provision = cases.provision(provisionId)
                .orElseThrow(() -> new InvalidInput("benefit.right.unknown"));
        return new IncomeSupport(provision, catalogue.product(provision.getProductId()).orElseThrow());
    }
}
