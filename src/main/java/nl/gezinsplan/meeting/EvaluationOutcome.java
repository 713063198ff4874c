package nl.gezinsplan.meeting;

/** What the evaluation meeting before the end of care concludes: care ends, or an extension is requested. */
public enum EvaluationOutcome {
    END,
    EXTEND
}
