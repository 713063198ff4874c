package nl.gezinsplan.benefit;

/**
 * The obligation of the Participatiewet that a measure answers: the duty to inform (art. 17), the obligations to work
 * (art. 9), to take part in re-integration (art. 9), and serious misconduct towards the municipality (art. 18 lid 2).
 */
public enum Obligation {
    INFORMATION,
    WORK,
    REINTEGRATION,
    CONDUCT
}
