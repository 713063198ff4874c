package nl.gezinsplan.casework;

/** Who brought a request to the municipality. */
public enum Referrer {
    SELF,
    ACCESS_TEAM,
    GP(true),
    YOUTH_DOCTOR(true),
    MEDICAL_SPECIALIST(true),
    CERTIFIED_INSTITUTION(true),
    SCHOOL,
    VEILIG_THUIS,
    CRISIS;

    private final boolean binding;

    Referrer() {
        this(false);
    }

    Referrer(boolean binding) {
        this.binding = binding;
    }

    /**
     * A medical referral or a court order (through a certified institution) binds the municipality: the access team
     * cannot settle it with advice, the network or a general provision.
     */
    public boolean binding() {
        return binding;
    }
}
