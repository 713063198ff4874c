package nl.gezinsplan.demo;

import nl.gezinsplan.base.Law;

/**
 * The products of the seeded catalogue (migration V3) that demo provisions use, with how each is usually dosed,
 * for how long, and by whom. The loader looks the codes up and fails when one is missing from the catalogue. Some
 * have a twin as a personal budget (pgb, migration V54), some a provider without a contract for them that a family is
 * sometimes referred to, with the reason (see {@link DemoFamily.Provision#personalBudget} and
 * {@link DemoFamily.Provision#offContract}).
 */
enum DemoProduct {
    YOUTH_SUPPORT("45A01", Law.JEUGDWET, Dosage.HOURS_PER_WEEK, 4, 12, "Stichting De Brug Jeugdhulp", "45P01"),
    YOUTH_TREATMENT("45A02", Law.JEUGDWET, Dosage.HOURS_PER_WEEK, 3, 9, "Polderhart Zorgcoöperatie",
            "Stichting De Brug Jeugdhulp", "De gecontracteerde aanbieders hebben een wachttijd van meer dan tien weken; "
            + "De Brug kent het gezin en kan binnen twee weken beginnen."),
    YOUTH_GROUP("45A03", Law.JEUGDWET, Dosage.DAY_PARTS_PER_WEEK, 6, 12, "Stichting De Brug Jeugdhulp"),
    YOUTH_SHORT_STAY("45A04", Law.JEUGDWET, Dosage.DAYS_PER_MONTH, 6, 12, "Gezinshuis De Linde"),
    DAY_TREATMENT("46A01", Law.JEUGDWET, Dosage.DAY_PARTS_PER_WEEK, 6, 12, "Polderhart Zorgcoöperatie"),
    YOUTH_TRANSPORT("47A01", Law.JEUGDWET, Dosage.DAYS_PER_WEEK, 6, 12, "Polderhart Zorgcoöperatie"),
    SPECIALIST_MENTAL_HEALTH("54A01", Law.JEUGDWET, Dosage.HOURS_PER_WEEK, 4, 12, "GGZ De Horizon"),
    BASIC_MENTAL_HEALTH("54A02", Law.JEUGDWET, Dosage.ONCE, 3, 6, "GGZ De Horizon"),
    DYSLEXIA("55A01", Law.JEUGDWET, Dosage.ONCE, 9, 18, "Polderhart Zorgcoöperatie"),
    TREATMENT_GROUP("43A01", Law.JEUGDWET, Dosage.RESIDENTIAL, 6, 18, "Stichting De Brug Jeugdhulp"),
    SECURE_CARE("43A02", Law.JEUGDWET, Dosage.RESIDENTIAL, 3, 9, "Stichting De Brug Jeugdhulp"),
    FOSTER_CARE("44A01", Law.JEUGDWET, Dosage.RESIDENTIAL, 12, 36, "Pleegzorg Flevoland-Midden"),
    FAMILY_HOME("44A02", Law.JEUGDWET, Dosage.RESIDENTIAL, 12, 24, "Gezinshuis De Linde"),
    SUPPORTED_LIVING("44A03", Law.JEUGDWET, Dosage.RESIDENTIAL, 6, 18, "Polderhart Zorgcoöperatie"),
    LIVING_GROUP("44A04", Law.JEUGDWET, Dosage.RESIDENTIAL, 6, 18, "Stichting De Brug Jeugdhulp"),
    TAILORED_RESIDENCE("90002", Law.JEUGDWET, Dosage.RESIDENTIAL, 6, 12, "Polderhart Zorgcoöperatie"),

    HOUSEHOLD_HELP("01A01", Law.WMO, Dosage.HOURS_PER_WEEK, 12, 36, "Thuiszorg Het Baken", "01P01"),
    SUPPORT_AT_HOME("02A01", Law.WMO, Dosage.HOURS_PER_WEEK, 6, 24, "Polderhart Zorgcoöperatie", "02P01"),
    DAY_ACTIVITIES("04A01", Law.WMO, Dosage.DAY_PARTS_PER_WEEK, 12, 36, "Dagbesteding De Werkplaats",
            "Polderhart Zorgcoöperatie", "De gecontracteerde dagbesteding heeft in deze wijk geen plek; Polderhart is "
            + "op loopafstand en past bij wat de cliënt nodig heeft."),
    DAY_ACTIVITIES_TRANSPORT("05A01", Law.WMO, Dosage.DAYS_PER_WEEK, 12, 36, "Dagbesteding De Werkplaats"),
    REGIONAL_TAXI("05A02", Law.WMO, Dosage.MONTHLY, 12, 36, "Hulpmiddelencentrum Noord"),
    RESPITE("06A01", Law.WMO, Dosage.DAYS_PER_MONTH, 3, 12, "Thuiszorg Het Baken"),
    MOBILITY_SCOOTER("07A01", Law.WMO, Dosage.MONTHLY, 24, 48, "Hulpmiddelencentrum Noord"),
    WHEELCHAIR("07A02", Law.WMO, Dosage.MONTHLY, 24, 48, "Hulpmiddelencentrum Noord"),
    HOME_ADAPTATION("08A01", Law.WMO, Dosage.ONCE, 2, 4, "Hulpmiddelencentrum Noord"),

    INCOME_SUPPORT_SINGLE("PW01", Law.PARTICIPATIEWET, Dosage.MONTHLY, 12, 48, "Werkbedrijf Gemeente"),
    INCOME_SUPPORT_COUPLE("PW02", Law.PARTICIPATIEWET, Dosage.MONTHLY, 12, 48, "Werkbedrijf Gemeente"),
    REINTEGRATION("RE01", Law.PARTICIPATIEWET, Dosage.ONCE, 6, 12, "Werkbedrijf Gemeente"),
    SHELTERED_WORK("BW01", Law.PARTICIPATIEWET, Dosage.MONTHLY, 24, 48, "Werkbedrijf Gemeente"),
    DEBT_HELP("SH01", Law.PARTICIPATIEWET, Dosage.ONCE, 9, 24, "Schuldhulp Op Orde");

    /** How a product's volume is expressed: the catalogue's unit decides the frequency. */
    enum Dosage { HOURS_PER_WEEK, DAY_PARTS_PER_WEEK, DAYS_PER_WEEK, DAYS_PER_MONTH, RESIDENTIAL, MONTHLY, ONCE }

    private final String code;
    private final Law law;
    private final Dosage dosage;
    private final int minMonths;
    private final int maxMonths;
    private final String provider;
    private final String personalBudgetCode;
    private final String offContractProvider;
    private final String offContractReason;

    DemoProduct(String code, Law law, Dosage dosage, int minMonths, int maxMonths, String provider) {
        this(code, law, dosage, minMonths, maxMonths, provider, null, null, null);
    }

    DemoProduct(String code, Law law, Dosage dosage, int minMonths, int maxMonths, String provider,
                String personalBudgetCode) {
        this(code, law, dosage, minMonths, maxMonths, provider, personalBudgetCode, null, null);
    }

    DemoProduct(String code, Law law, Dosage dosage, int minMonths, int maxMonths, String provider,
                String offContractProvider, String offContractReason) {
        this(code, law, dosage, minMonths, maxMonths, provider, null, offContractProvider, offContractReason);
    }

    DemoProduct(String code, Law law, Dosage dosage, int minMonths, int maxMonths, String provider,
                String personalBudgetCode, String offContractProvider, String offContractReason) {
        this.code = code;
        this.law = law;
        this.dosage = dosage;
        this.minMonths = minMonths;
        this.maxMonths = maxMonths;
        this.provider = provider;
        this.personalBudgetCode = personalBudgetCode;
        this.offContractProvider = offContractProvider;
        this.offContractReason = offContractReason;
    }

    String code() {
        return code;
    }

    Law law() {
        return law;
    }

    Dosage dosage() {
        return dosage;
    }

    /** The usual length of one allocation, in months. */
    int minMonths() {
        return minMonths;
    }

    int maxMonths() {
        return maxMonths;
    }

    String provider() {
        return provider;
    }

    /** The code of the same care as a personal budget; null when the catalogue has none. */
    String personalBudgetCode() {
        return personalBudgetCode;
    }

    /** A provider not contracted for the product that a family is sometimes referred to; null for none. */
    String offContractProvider() {
        return offContractProvider;
    }

    /** Why {@link #offContractProvider} was chosen, as the consultant wrote it. */
    String offContractReason() {
        return offContractReason;
    }

    /** Youth care with residence: iJw categories 43 and 44 and local product 90002 (DOMAIN.md section 5). */
    boolean residential() {
        return dosage == Dosage.RESIDENTIAL;
    }

    boolean fosterCare() {
        return this == FOSTER_CARE;
    }
}
