package nl.gezinsplan.family;

/** A family by its name, in a list that links to it. */
public record FamilyName(long id, String name) {}
