package nl.gezinsplan.security;

/** A group in the workflow engine's sense: a team (candidate group of team tasks) or a role. */
public record AccessGroup(String id, String name, Kind kind) {

    public enum Kind { TEAM, ROLE }
}
