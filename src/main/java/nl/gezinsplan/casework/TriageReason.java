package nl.gezinsplan.casework;

/**
 * What triage found behind the question, across the domains: a youth question often hides money worries, debt or
 * housing. Coded, so management sees what families come with.
 */
public enum TriageReason {
    PARENTING,
    BEHAVIOUR_OR_DEVELOPMENT,
    SCHOOL,
    MENTAL_HEALTH,
    PHYSICAL_HEALTH_OR_DISABILITY,
    SAFETY_AT_HOME,
    MONEY_WORRIES_OR_DEBT,
    HOUSING,
    WORK_OR_INCOME,
    LONELINESS_OR_NETWORK
}
