package nl.gezinsplan.meeting;

/** The meetings of the route: start, check half-way and evaluation of a provision, and the perspective talk. */
public enum MeetingKind {
    START,
    CHECK,
    EVALUATION,
    PERSPECTIVE
}
