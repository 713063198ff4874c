package nl.gezinsplan.objection;

/** The step an open objection waits for; {@link #CONCLUDED} once it ended. */
public enum ObjectionStage {
    ADMISSIBILITY,
    TALK,
    HEARING,
    ADVICE,
    DECISION,
    CONCLUDED
}
