package nl.gezinsplan.family;

/** A family by its name and address, in a list that links to it. */
public record FamilyName(long id, String name, String address) {}
