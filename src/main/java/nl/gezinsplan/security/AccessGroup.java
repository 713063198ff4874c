package nl.gezinsplan.security;

/**
 * A group in the workflow engine's sense: a team (candidate group of team tasks), a role, or the managers of a team
 * (candidate group of that team's approvals and escalations).
 */
public record AccessGroup(String id, String name, Kind kind) {

    public enum Kind { TEAM, ROLE, MANAGERS }
}
