package nl.gezinsplan.casefile;

/** What a document of the case file is; its name on screen is {@code casefile.document.kind.<name>}. */
public enum DocumentKind {
    /** Verwijsbrief. */
    REFERRAL_LETTER,
    /** Rapportage van een zorgaanbieder. */
    PROVIDER_REPORT,
    /** Uitspraak of beschikking van de rechter. */
    COURT_ORDER,
    /** Toestemmingsformulier. */
    CONSENT_FORM,
    OTHER
}
