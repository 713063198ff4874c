package nl.gezinsplan.reporting;

import java.util.Locale;

/**
 * The council's indicators (DOMAIN.md section 5) that have one value per period. Youth-care indicators count
 * chained youth provisions (see {@code ChainedProvisions}); the others read Gezinsplan's own records.
 */
public enum Indicator {
    /** O-1: chained youth provisions active in the period. */
    PROVISIONS(Measure.COUNT, false),
    /** Distinct youths (0-17 at the allocation start) with an active provision in the period. */
    YOUTH_IN_CARE(Measure.COUNT, false),
    /** B-1: youths with an active non-residential provision, per 100 residents 0-17. */
    NON_RESIDENTIAL_YOUTH_SHARE(Measure.PERCENT, false),
    /** C-1: youths with an active residential provision, per 100 residents 0-17. */
    RESIDENTIAL_YOUTH_SHARE(Measure.PERCENT, false),
    /** B-2c: of the youths in care, the share with only non-residential provisions active. */
    ONLY_NON_RESIDENTIAL_SHARE(Measure.PERCENT, true),
    /** O-2: youth-care spending in the period divided by the youths in care in the period. */
    COST_PER_YOUTH(Measure.EURO, false),
    /** D-2: residential spending divided by the youths in residential care. */
    COST_PER_RESIDENTIAL_YOUTH(Measure.EURO, false),
    /** D-2, foster part: foster-care spending divided by the youths in foster care. */
    COST_PER_FOSTER_CARE_YOUTH(Measure.EURO, false),
    /** D-2, other part: residential spending other than foster care divided by the youths in it. */
    COST_PER_OTHER_RESIDENTIAL_YOUTH(Measure.EURO, false),
    /** B-4: youth-care spending on provisions in the period. */
    SPENDING_TOTAL(Measure.EURO, false),
    /** B-4 / D-1: spending on residential provisions. */
    SPENDING_RESIDENTIAL(Measure.EURO, false),
    /** B-4: spending on non-residential provisions. */
    SPENDING_NON_RESIDENTIAL(Measure.EURO, false),
    /** B-2: chained non-residential provisions starting in the period. */
    INFLOW_NON_RESIDENTIAL(Measure.COUNT, false),
    /** B-2: chained non-residential provisions ending in the period. */
    OUTFLOW_NON_RESIDENTIAL(Measure.COUNT, true),
    /** C-1a: chained residential provisions starting in the period. */
    INFLOW_RESIDENTIAL(Measure.COUNT, false),
    /** C-1a: chained residential provisions ending in the period. */
    OUTFLOW_RESIDENTIAL(Measure.COUNT, true),
    /**
     * Of the chained youth provisions starting in the period, the share that is new care within twelve months after an
     * earlier chain of the same youth ended.
     */
    REPEAT_INFLOW(Measure.PERCENT, false),
    /** M10: provisions starting in the period that extend an earlier one (a later member of a chain). */
    EXTENSIONS(Measure.COUNT, false),
    /** M13: of the youths aged 16.5 or more in the period, the share that had a perspective talk. */
    PERSPECTIVE_TALK_AT_16_5(Measure.PERCENT, true),
    /** M13: of the youths turning 18 in the period, the share that had a perspective talk before their birthday. */
    PERSPECTIVE_TALK_BEFORE_18(Measure.PERCENT, true),
    /** M12: of the residential stays whose first six months end in the period, the share moved on within them. */
    RESIDENTIAL_TO_FAMILY_OR_AMBULANT(Measure.PERCENT, true),
    /** C-2: average length in days of the residential chains ending in the period, foster care left out. */
    RESIDENTIAL_DURATION(Measure.DAYS, false),
    /** M14: of the youths in a housing form in the period (each once), the share in a light one. */
    LIGHT_HOUSING_SHARE(Measure.PERCENT, true),
    /** M14: youths in a heavy housing form in the period. */
    HEAVY_HOUSING_YOUTH(Measure.COUNT, false),
    /** M4: of the families with care in the period, the share with a current contact person. */
    FAMILIES_WITH_CONTACT_PERSON(Measure.PERCENT, true),
    /** M4: professionals in the latest plan, averaged over the families with care in the period. */
    PROFESSIONALS_PER_FAMILY(Measure.NUMBER, false),
    /** M4: families with provisions active in the period under exactly two laws. */
    FAMILIES_TWO_LAWS(Measure.COUNT, false),
    /** M4: families with provisions active in the period under all three laws. */
    FAMILIES_THREE_LAWS(Measure.COUNT, false),
    /** Average days from request to decision, for the requests decided in the period. */
    LEAD_TIME(Measure.DAYS, false),
    /** Of the requests decided in the period, the share decided within the statutory term. */
    WITHIN_STATUTORY_TERM(Measure.PERCENT, true);

    private final Measure measure;
    private final boolean higherIsBetter;

    Indicator(Measure measure, boolean higherIsBetter) {
        this.measure = measure;
        this.higherIsBetter = higherIsBetter;
    }

    public Measure measure() {
        return measure;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** "reporting.indicator.non-residential-youth-share" and so on. */
    public String messageKey() {
        return "reporting.indicator." + key();
    }

    /** "non-residential-youth-share" and so on: the indicator in the keys of its texts and of its settings. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
