package nl.gezinsplan.portal;

/** When the family is asked whether help works: after the check meeting, after the evaluation meeting, at the end. */
public enum RatingMoment {
    CHECK,
    EVALUATION,
    END
}
