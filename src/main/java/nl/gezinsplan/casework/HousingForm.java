package nl.gezinsplan.casework;

/** How intensive residential care is; policy wants light forms (begeleid wonen, gezinshuis) before heavy ones. */
public enum HousingForm {
    LIGHT,
    HEAVY
}
