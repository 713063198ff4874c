package nl.gezinsplan.base;

/** The three laws of the social domain, each carried by the access team of the same name. */
public enum Law {
    JEUGDWET("jeugd"),
    WMO("wmo"),
    PARTICIPATIEWET("participatie");

    private final String teamCode;

    Law(String teamCode) {
        this.teamCode = teamCode;
    }

    /** The team (and engine candidate group) that handles requests under this law. */
    public String teamCode() {
        return teamCode;
    }
}
