package nl.gezinsplan.benefit;

import nl.gezinsplan.base.TextLimit;

/** How long the texts of re-examinations and measures may be: their columns' lengths. */
public final class BenefitLimits {

    public static final TextLimit FINDINGS =
            new TextLimit("reexamination", "findings", 2000, "benefit.reexamination.findings");
    public static final TextLimit MOTIVATION =
            new TextLimit("measure", "motivation", 4000, "benefit.measure.motivation");

    /** A measure lowers the benefit by 1 to 100 percent, for 1 to 12 months (the schema's checks). */
    public static final int MIN_PERCENTAGE = 1;
    public static final int MAX_PERCENTAGE = 100;
    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 12;

    private BenefitLimits() {
    }
}
