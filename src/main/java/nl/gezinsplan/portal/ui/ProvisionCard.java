package nl.gezinsplan.portal.ui;

import java.util.Optional;
import nl.gezinsplan.casework.ProvisionLine;
import nl.gezinsplan.casework.ui.Formats;
import nl.gezinsplan.portal.MyFamilyFile;

/** A provision in plain words: what, from whom, for whom, from when to when. */
public class ProvisionCard extends PortalCard {

    public ProvisionCard(ProvisionLine provision, MyFamilyFile file) {
        this(provision, file.firstNameOf(provision.personId()));
    }

    /** {@code forName}: the name of the member the care is for, as the page calls them; empty to leave it out. */
    public ProvisionCard(ProvisionLine provision, Optional<String> forName) {
        super(provision.productName());
        line(getTranslation("portal.care.law." + provision.law()));
        line(getTranslation("portal.care.provider", provision.providerName()));
        forName.ifPresent(name -> line(getTranslation("portal.care.for", name)));
        line(provision.allocationEnd() == null
                ? getTranslation("portal.care.from", Formats.date(provision.allocationStart(), getLocale()))
                : getTranslation("portal.care.period", Formats.date(provision.allocationStart(), getLocale()),
                        Formats.date(provision.allocationEnd(), getLocale())));
        line(getTranslation("portal.care.status." + provision.status()));
    }
}
