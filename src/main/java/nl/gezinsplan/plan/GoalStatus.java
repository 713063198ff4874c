package nl.gezinsplan.plan;

public enum GoalStatus {
    OPEN,
    IN_PROGRESS,
    ACHIEVED,
    STOPPED
}
